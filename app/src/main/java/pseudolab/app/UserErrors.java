package pseudolab.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import pseudolab.harness.HarnessException;
import pseudolab.scoring.ScoringException;
import pseudolab.server.ServerException;

/** Tells the errors users cause (reported in one line) from bugs (reported with a stack trace). */
final class UserErrors {
    private UserErrors() {}

    static boolean isUserError(Throwable ex) {
        return ex instanceof AppException
                || ex instanceof ScoringException
                || ex instanceof HarnessException
                || ex instanceof ServerException
                || ex instanceof IOException
                || ex instanceof UncheckedIOException;
    }
}
