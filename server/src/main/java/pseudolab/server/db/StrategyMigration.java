package pseudolab.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import pseudolab.server.ServerException;
import pseudolab.server.submission.Upload;

/**
 * Schema version 5: submissions get {@code strategy}, the strategy their uploader declared in the form field of that
 * name (NULL for none; the comparison groups by it and never reads descriptions). Submissions stored before it named
 * their strategy with the first word of their description, as the comparison then read it, so that word is copied
 * (lower-cased, where it is a valid strategy name): an upgraded server shows the same comparison as before.
 */
final class StrategyMigration implements JavaMigration {
    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("5");
    }

    @Override
    public String getDescription() {
        return "submission strategy";
    }

    @Override
    public Integer getChecksum() {
        return 5;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE submissions ADD COLUMN strategy TEXT");
        }
        try (Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT id, description FROM submissions");
                PreparedStatement update = c.prepareStatement("UPDATE submissions SET strategy = ? WHERE id = ?")) {
            while (rows.next()) {
                String strategy = firstWord(rows.getString(2));
                if (strategy != null) {
                    update.setString(1, strategy);
                    update.setLong(2, rows.getLong(1));
                    update.executeUpdate();
                }
            }
        }
    }

    /** The text before the first space or '(' of a description, lower-cased; null when it is no strategy name. */
    static String firstWord(String description) {
        String text = description == null ? "" : description.strip();
        int end = 0;
        while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '(') {
            end++;
        }
        try {
            return Upload.strategy(text.substring(0, end).toLowerCase(Locale.ROOT));
        } catch (ServerException notAName) {
            return null;
        }
    }
}
