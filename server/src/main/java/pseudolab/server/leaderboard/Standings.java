package pseudolab.server.leaderboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import pseudolab.scoring.bootstrap.RankRange;
import pseudolab.server.submission.Submission;

/**
 * Public and private boards and the shake-up, computed from a competition's submissions. Entries are a
 * participant's regular submissions, or their baseline submissions (a separate, flagged entry).
 * Public: best public score. Private: best private score among the selected submissions of the entry
 * (its best public submission when none is selected). Ties go to the earlier submission.
 */
final class Standings {
    private record Entry(String participant, boolean baseline, List<Submission> submissions) {
        long lastSubmittedAt() {
            return submissions.stream().mapToLong(Submission::submittedAt).max().orElse(0);
        }
    }

    private record Ranked(Entry entry, Submission best, double score) {}

    private final boolean higherIsBetter;
    private final List<Ranked> publicRanking;
    private final List<Ranked> privateRanking;
    private final List<Ranked> ladderRanking;
    private final Map<Entry, List<Submission>> counted = new HashMap<>();

    /** With a {@link Ladder} (null for none), the "ladder" board ranks each entry by the public score it shows. */
    Standings(List<Submission> submissions, boolean higherIsBetter, Ladder ladder) {
        this.higherIsBetter = higherIsBetter;
        List<Entry> entries = entries(submissions);
        this.publicRanking = rank(entries, e -> e.submissions(), Submission::publicScore);
        for (Entry e : entries) {
            counted.put(e, countedForPrivate(e));
        }
        this.privateRanking = rank(entries, counted::get, Submission::privateScore);
        this.ladderRanking = ladder == null
                ? publicRanking
                : rank(
                        entries,
                        e -> java.util.Optional.ofNullable(ladder.shown(e.submissions()))
                                .map(List::of)
                                .orElse(List.of()),
                        Submission::publicScore);
    }

    /** The counted submission of each entry of the board, in board order. */
    List<Submission> ranked(String name) {
        return ranking(name).stream().map(Ranked::best).toList();
    }

    /** The board; {@code ranges} (null for none) gives each entry's rank range and tie group, in board order. */
    Leaderboard board(String name, boolean closed, List<RankRange> ranges) {
        List<Ranked> ranking = ranking(name);
        List<LeaderboardRow> rows = new ArrayList<>();
        for (int i = 0; i < ranking.size(); i++) {
            Ranked r = ranking.get(i);
            RankRange range = ranges == null ? null : ranges.get(i);
            rows.add(new LeaderboardRow(
                    i + 1,
                    r.entry().participant(),
                    r.score(),
                    r.entry().submissions().size(),
                    Instant.ofEpochMilli(r.entry().lastSubmittedAt()),
                    r.entry().baseline(),
                    range == null ? null : range.rankLow(),
                    range == null ? null : range.rankHigh(),
                    range == null ? null : range.tieGroup()));
        }
        return new Leaderboard(name.equals("ladder") ? "public" : name, closed, higherIsBetter, rows);
    }

    /** "public", "private" or "ladder" (the public board as the Ladder shows it). */
    private List<Ranked> ranking(String name) {
        return switch (name) {
            case "private" -> privateRanking;
            case "ladder" -> ladderRanking;
            default -> publicRanking;
        };
    }

    Shakeup shakeup() {
        Map<Entry, Integer> publicRanks = new HashMap<>();
        Map<Entry, Ranked> publicBest = new HashMap<>();
        for (int i = 0; i < publicRanking.size(); i++) {
            publicRanks.put(publicRanking.get(i).entry(), i + 1);
            publicBest.put(publicRanking.get(i).entry(), publicRanking.get(i));
        }
        List<ShakeupRow> rows = new ArrayList<>();
        for (int i = 0; i < privateRanking.size(); i++) {
            Ranked r = privateRanking.get(i);
            Integer publicRank = publicRanks.get(r.entry());
            Double bestUnselected = bestUnselectedPrivate(r.entry());
            double regret = bestUnselected == null
                    ? 0
                    : Math.max(0, higherIsBetter ? bestUnselected - r.score() : r.score() - bestUnselected);
            rows.add(new ShakeupRow(
                    r.entry().participant(),
                    r.entry().baseline(),
                    publicRank,
                    i + 1,
                    publicRank == null ? null : publicRank - (i + 1),
                    Optional.ofNullable(publicBest.get(r.entry()))
                            .map(Ranked::score)
                            .orElse(null),
                    r.score(),
                    bestUnselected,
                    regret));
        }
        return new Shakeup(rows);
    }

    private Double bestUnselectedPrivate(Entry e) {
        List<Submission> chosen = counted.get(e);
        return e.submissions().stream()
                .filter(s -> !chosen.contains(s) && s.privateScore() != null)
                .map(Submission::privateScore)
                .min(better())
                .orElse(null);
    }

    private List<Submission> countedForPrivate(Entry e) {
        List<Submission> selected =
                e.submissions().stream().filter(Submission::selected).toList();
        if (!selected.isEmpty()) {
            return selected;
        }
        return best(e.submissions(), Submission::publicScore).map(List::of).orElse(List.of());
    }

    private List<Ranked> rank(
            List<Entry> entries, Function<Entry, List<Submission>> pool, Function<Submission, Double> score) {
        List<Ranked> ranked = new ArrayList<>();
        for (Entry e : entries) {
            best(pool.apply(e), score).ifPresent(b -> ranked.add(new Ranked(e, b, score.apply(b))));
        }
        ranked.sort(Comparator.comparing(Ranked::score, better())
                .thenComparingLong(r -> r.best().submittedAt())
                .thenComparingLong(r -> r.best().id()));
        return ranked;
    }

    private Optional<Submission> best(List<Submission> pool, Function<Submission, Double> score) {
        return pool.stream()
                .filter(s -> score.apply(s) != null)
                .min(Comparator.comparing(score, better())
                        .thenComparingLong(Submission::submittedAt)
                        .thenComparingLong(Submission::id));
    }

    /** Orders scores best first. */
    private Comparator<Double> better() {
        return higherIsBetter ? Comparator.reverseOrder() : Comparator.naturalOrder();
    }

    private static List<Entry> entries(List<Submission> submissions) {
        Map<String, List<Submission>> groups = submissions.stream()
                .collect(Collectors.groupingBy(
                        s -> s.participantId() + (s.baseline() ? "/baseline" : ""),
                        LinkedHashMap::new,
                        Collectors.toList()));
        return groups.values().stream()
                .map(list -> new Entry(list.get(0).participant(), list.get(0).baseline(), list))
                .toList();
    }
}
