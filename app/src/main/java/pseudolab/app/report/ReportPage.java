package pseudolab.app.report;

import java.util.List;
import java.util.Locale;
import pseudolab.app.demo.StrategyTable;

/** A self-contained HTML page: the strategy table and an SVG chart of public vs private score per run. */
record ReportPage(String title, String metric, List<SeedRun> runs, StrategyTable table) {
    /** Tableau 10; past ten strategies the marker shape changes (circle, square, diamond), so no two look alike. */
    private static final String[] COLOURS = {
        "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac"
    };

    private static final int SIZE = 420;
    private static final int MARGIN = 50;

    String html() {
        StringBuilder page = new StringBuilder(8192);
        page.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title))
                .append(" — strategy report</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse}")
                .append("td,th{padding:.3rem .8rem;border-bottom:1px solid #ddd;text-align:right}")
                .append("td:first-child,th:first-child{text-align:left}.up{color:#1a7f37}.down{color:#c62828}")
                .append("</style></head><body><h1>")
                .append(escape(title))
                .append("</h1><p>Metric: ")
                .append(escape(metric))
                .append(". Mean ± sample standard deviation over seeds; gain over no PL.</p>");
        appendTable(page);
        appendChart(page);
        return page.append("</body></html>\n").toString();
    }

    private void appendTable(StringBuilder page) {
        page.append("<table id=\"strategies\"><tr><th>strategy</th><th>runs</th><th>public</th><th>private</th>")
                .append("<th>public gain</th><th>private gain</th><th>wall time per run</th></tr>");
        for (StrategyTable.Row r : table.rows()) {
            StrategyTable.Row base = r.baseline() == null ? null : table.row(r.baseline()); // the matching no-PL row
            page.append("<tr data-strategy=\"")
                    .append(escape(r.strategy()))
                    .append("\"><td>")
                    .append(escape(r.strategy()))
                    .append("</td><td>")
                    .append(r.runs())
                    .append("</td><td>")
                    .append(meanStd(r.publicMean(), r.publicStd()))
                    .append("</td><td>")
                    .append(meanStd(r.privateMean(), r.privateStd()))
                    .append("</td>")
                    .append(gain(r, base, true))
                    .append(gain(r, base, false))
                    .append("<td>")
                    .append(r.wallTime() == null ? "" : r.wallTime().render())
                    .append("</td></tr>");
        }
        page.append("</table>");
    }

    private void appendChart(StringBuilder page) {
        double lo = runs.stream()
                .mapToDouble(r -> Math.min(r.publicScore(), r.privateScore()))
                .min()
                .orElse(0);
        double hi = runs.stream()
                .mapToDouble(r -> Math.max(r.publicScore(), r.privateScore()))
                .max()
                .orElse(1);
        double pad = Math.max(1e-3, (hi - lo) * 0.1);
        lo -= pad;
        hi += pad;
        int full = SIZE + 2 * MARGIN;
        page.append("<h2>Public vs private, one point per run</h2><svg id=\"chart\" width=\"")
                .append(full + 160)
                .append("\" height=\"")
                .append(full)
                .append("\" role=\"img\" aria-label=\"public vs private score\">")
                .append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>",
                        MARGIN,
                        MARGIN,
                        SIZE,
                        SIZE))
                .append(String.format(
                        Locale.ROOT,
                        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ccc\" stroke-dasharray=\"4\"/>",
                        MARGIN,
                        MARGIN + SIZE,
                        MARGIN + SIZE,
                        MARGIN))
                .append(label(MARGIN, MARGIN + SIZE + 20, String.format(Locale.ROOT, "%.4f", lo)))
                .append(label(MARGIN + SIZE - 40, MARGIN + SIZE + 20, String.format(Locale.ROOT, "%.4f", hi)))
                .append(label(MARGIN + SIZE / 2 - 20, MARGIN + SIZE + 40, "public"))
                .append(label(4, MARGIN + SIZE / 2, "private"))
                .append(label(4, MARGIN + 10, String.format(Locale.ROOT, "%.4f", hi)));
        List<StrategyTable.Row> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            String strategy = rows.get(i).strategy();
            for (SeedRun run : runs) {
                if (run.strategy().equals(strategy)) {
                    String title = String.format(
                            Locale.ROOT,
                            "%s seed %d: %.4f / %.4f",
                            strategy,
                            run.seed(),
                            run.publicScore(),
                            run.privateScore());
                    page.append(marker(i, x(run.publicScore(), lo, hi), y(run.privateScore(), lo, hi), 5, title));
                }
            }
            page.append(marker(i, full + 10, MARGIN + 20 * i, 6, null))
                    .append(label(full + 22, MARGIN + 20 * i + 5, strategy));
        }
        page.append("</svg>");
    }

    /** Strategy {@code index}'s marker: its colour, and past the palette's end another shape. */
    static String marker(int index, double cx, double cy, double r, String title) {
        String colour = COLOURS[index % COLOURS.length];
        String tooltip = title == null ? "" : "<title>" + escape(title) + "</title>";
        String paint = String.format(Locale.ROOT, " fill=\"%s\" fill-opacity=\"0.8\">%s", colour, tooltip);
        return switch (index / COLOURS.length % 3) {
            case 0 ->
                String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"", cx, cy, r) + paint
                        + "</circle>";
            case 1 ->
                String.format(
                                Locale.ROOT,
                                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"",
                                cx - r,
                                cy - r,
                                2 * r,
                                2 * r)
                        + paint + "</rect>";
            default ->
                String.format(
                                Locale.ROOT,
                                "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\"",
                                cx,
                                cy - r,
                                cx + r,
                                cy,
                                cx,
                                cy + r,
                                cx - r,
                                cy)
                        + paint + "</polygon>";
        };
    }

    private static double x(double value, double lo, double hi) {
        return MARGIN + (value - lo) / (hi - lo) * SIZE;
    }

    private static double y(double value, double lo, double hi) {
        return MARGIN + SIZE - (value - lo) / (hi - lo) * SIZE;
    }

    private static String label(int x, int y, String text) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"12\">" + escape(text) + "</text>";
    }

    private static String meanStd(double mean, double std) {
        return String.format(Locale.ROOT, "%.4f ± %.4f", mean, std);
    }

    private static String gain(StrategyTable.Row row, StrategyTable.Row base, boolean isPublic) {
        if (base == null || row == base) {
            return "<td></td>";
        }
        double g = isPublic ? row.publicMean() - base.publicMean() : row.privateMean() - base.privateMean();
        return String.format(Locale.ROOT, "<td class=\"%s\">%+.4f</td>", g > 0 ? "up" : g < 0 ? "down" : "", g);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
