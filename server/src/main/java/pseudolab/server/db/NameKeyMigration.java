package pseudolab.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import pseudolab.server.participant.ParticipantName;

/** Schema version 2: participants get {@code name_key} (see {@link ParticipantName#key}), filled for existing rows. */
final class NameKeyMigration implements JavaMigration {
    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        return "participant name keys";
    }

    @Override
    public Integer getChecksum() {
        return 2;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE participants ADD COLUMN name_key TEXT NOT NULL DEFAULT ''");
        }
        try (Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT id, name FROM participants");
                PreparedStatement update = c.prepareStatement("UPDATE participants SET name_key = ? WHERE id = ?")) {
            while (rows.next()) {
                update.setString(1, ParticipantName.key(rows.getString(2)));
                update.setLong(2, rows.getLong(1));
                update.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX participants_by_name_key ON participants (name_key)");
        }
    }
}
