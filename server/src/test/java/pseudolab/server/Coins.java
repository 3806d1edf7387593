package pseudolab.server;

/**
 * A generated accuracy competition large enough for clear bootstrap verdicts: ids 1..rows, labels heads/tails, the
 * first {@code publicRows} Public and the rest Private; submissions are right on chosen shares of each split.
 */
public record Coins(int rows, int publicRows, int privateSalt) {

    /** The true label; {@code privateSalt} changes the Private rows' truth only. */
    String truth(int id) {
        int flip = id > publicRows ? privateSalt : 0;
        return ((id * 7 + id / 3 + flip) % 2) == 0 ? "heads" : "tails";
    }

    public String solution() {
        StringBuilder csv = new StringBuilder("id,coin,Usage\n");
        for (int id = 1; id <= rows; id++) {
            csv.append(id)
                    .append(',')
                    .append(truth(id))
                    .append(',')
                    .append(id <= publicRows ? "Public" : "Private")
                    .append('\n');
        }
        return csv.toString();
    }

    public String sampleSubmission() {
        StringBuilder csv = new StringBuilder("id,coin\n");
        for (int id = 1; id <= rows; id++) {
            csv.append(id).append(",heads\n");
        }
        return csv.toString();
    }

    /**
     * A submission right on {@code publicShare} of the Public rows and {@code privateShare} of the Private rows, the
     * wrong rows spread evenly from {@code offset} on (so two submissions with different offsets err on different rows).
     */
    public String submission(double publicShare, double privateShare, int offset) {
        StringBuilder csv = new StringBuilder("id,coin\n");
        for (int id = 1; id <= rows; id++) {
            boolean isPublic = id <= publicRows;
            int index = isPublic ? id - 1 : id - publicRows - 1;
            int size = isPublic ? publicRows : rows - publicRows;
            double share = isPublic ? publicShare : privateShare;
            int wrong = (int) Math.round(size * (1 - share));
            boolean right = Math.floorMod(index - offset, size) >= wrong;
            String t = truth(id);
            csv.append(id)
                    .append(',')
                    .append(right ? t : t.equals("heads") ? "tails" : "heads")
                    .append('\n');
        }
        return csv.toString();
    }

    public MultipartBody creation(String slug) {
        return creation(slug, "plain");
    }

    /** The creation request with {@code "publicBoard"} set to {@code publicBoard}. */
    public MultipartBody creation(String slug, String publicBoard) {
        String definition = "{\"slug\": \"" + slug + "\", \"title\": \"Coins\", \"description\": \"Heads or tails.\","
                + " \"metric\": \"accuracy\", \"dailyLimit\": 50, \"finalSelections\": 1, \"publicBoard\": \""
                + publicBoard + "\"}";
        return new MultipartBody()
                .file("definition", "competition.json", definition)
                .file("solution", "solution.csv", solution())
                .file("sample_submission.csv", "sample_submission.csv", sampleSubmission());
    }
}
