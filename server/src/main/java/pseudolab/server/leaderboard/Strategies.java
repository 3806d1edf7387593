package pseudolab.server.leaderboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import pseudolab.scoring.ScoreSpread;
import pseudolab.scoring.Usage;
import pseudolab.scoring.bootstrap.GainInterval;
import pseudolab.server.submission.Submission;

/**
 * Groups submissions by the strategy their uploader declared (the form field {@code strategy}, stored with the
 * submission) and compares the groups. The description is never read: a submission that declares no strategy (a
 * hand-made CSV uploaded without one) is in no group and only counted in {@link Comparison#withoutStrategy()}.
 */
final class Strategies {
    static final String BASELINE = "none";
    private static final Set<String> NO_PL = Set.of("none", "no-pl", "nopl", "no_pl", "baseline");

    private Strategies() {}

    /** The group of a declared strategy: its name lower-cased, the no-PL names mapped to "none"; null for none. */
    static String of(String strategy) {
        if (strategy == null || strategy.isBlank()) {
            return null;
        }
        String name = strategy.strip().toLowerCase(Locale.ROOT);
        return NO_PL.contains(name) ? BASELINE : name;
    }

    /**
     * The comparison; {@code bootstrap} gives each group's gain interval over the no-PL group (public rows; private
     * rows only after close). Several submissions in a group (seeds) are resampled as well as the rows.
     */
    static Comparison compare(
            List<Submission> submissions, boolean closed, boolean higherIsBetter, BoardBootstrap bootstrap) {
        List<Submission> scored =
                submissions.stream().filter(s -> s.publicScore() != null).toList();
        Map<String, List<Submission>> groups = scored.stream()
                .filter(s -> of(s.strategy()) != null)
                .collect(Collectors.groupingBy(s -> of(s.strategy()), LinkedHashMap::new, Collectors.toList()));
        int withoutStrategy =
                (int) scored.stream().filter(s -> of(s.strategy()) == null).count();
        List<Submission> base = groups.get(BASELINE);
        Double basePublic = base == null ? null : mean(base, true);
        Double basePrivate = base == null || !closed ? null : mean(base, false);
        List<ComparisonRow> rows = new ArrayList<>();
        groups.forEach((name, list) -> {
            ComparisonRow row = row(name, list, closed, higherIsBetter, basePublic, basePrivate);
            rows.add(base == null || name.equals(BASELINE) ? row : withIntervals(row, list, base, bootstrap));
        });
        Comparator<ComparisonRow> byMean = Comparator.comparingDouble(ComparisonRow::publicMean);
        rows.sort(Comparator.comparing((ComparisonRow r) -> !r.strategy().equals(BASELINE))
                .thenComparing(higherIsBetter ? byMean.reversed() : byMean));
        return new Comparison(closed, higherIsBetter, BASELINE, rows, withoutStrategy);
    }

    private static ComparisonRow withIntervals(
            ComparisonRow r, List<Submission> group, List<Submission> base, BoardBootstrap bootstrap) {
        GainInterval pub = bootstrap.gain(Usage.PUBLIC, group, base);
        List<Submission> privateGroup =
                group.stream().filter(s -> s.privateScore() != null).toList();
        List<Submission> privateBase =
                base.stream().filter(s -> s.privateScore() != null).toList();
        GainInterval priv = r.privateGain() == null || privateGroup.isEmpty() || privateBase.isEmpty()
                ? null
                : bootstrap.gain(Usage.PRIVATE, privateGroup, privateBase);
        return new ComparisonRow(
                r.strategy(),
                r.submissions(),
                r.publicMean(),
                r.publicStd(),
                r.publicBest(),
                r.privateMean(),
                r.privateStd(),
                r.privateBest(),
                r.publicGain(),
                r.privateGain(),
                pub,
                priv);
    }

    private static ComparisonRow row(
            String name, List<Submission> list, boolean closed, boolean higher, Double basePublic, Double basePrivate) {
        double[] pub = list.stream().mapToDouble(Submission::publicScore).toArray();
        double[] priv = list.stream()
                .map(Submission::privateScore)
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .toArray();
        boolean showPrivate = closed && priv.length > 0;
        ScoreSpread pubSpread = ScoreSpread.of(pub);
        ScoreSpread privSpread = ScoreSpread.of(priv);
        double pubMean = pubSpread.mean();
        Double privMean = showPrivate ? privSpread.mean() : null;
        return new ComparisonRow(
                name,
                list.size(),
                pubMean,
                pubSpread.std(),
                best(pub, higher),
                privMean,
                showPrivate ? privSpread.std() : null,
                showPrivate ? best(priv, higher) : null,
                basePublic == null ? null : pubMean - basePublic,
                basePrivate == null || privMean == null ? null : privMean - basePrivate,
                null,
                null);
    }

    private static Double mean(List<Submission> list, boolean publicScores) {
        double[] values = list.stream()
                .map(publicScores ? Submission::publicScore : Submission::privateScore)
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .toArray();
        return values.length == 0 ? null : ScoreSpread.of(values).mean();
    }

    private static double best(double[] values, boolean higher) {
        double best = values[0];
        for (double v : values) {
            best = higher ? Math.max(best, v) : Math.min(best, v);
        }
        return best;
    }
}
