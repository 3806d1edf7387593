package pseudolab.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminTokenTest {
    @TempDir
    Path home;

    @Test
    void theOptionWinsOverTheEnvironmentWhichWinsOverTheStoredToken() {
        assertThat(AdminToken.resolve("from-option", "from-env", home))
                .isEqualTo(new AdminToken.Resolved("from-option", false));
        assertThat(AdminToken.resolve(null, "from-env", home)).isEqualTo(new AdminToken.Resolved("from-env", false));
        assertThat(Files.exists(home.resolve(AdminToken.FILE))).isFalse();
    }

    @Test
    void aGeneratedTokenIsStoredUnderHomeAndReusedWithoutBeingMarkedNewAgain() throws Exception {
        AdminToken.Resolved first = AdminToken.resolve(null, null, home);
        assertThat(first.generated()).isTrue();
        assertThat(first.token()).hasSizeGreaterThan(20);
        assertThat(Files.readString(home.resolve(AdminToken.FILE)).strip()).isEqualTo(first.token());
        AdminToken.Resolved second = AdminToken.resolve(null, " ", home);
        assertThat(second).isEqualTo(new AdminToken.Resolved(first.token(), false));
    }
}
