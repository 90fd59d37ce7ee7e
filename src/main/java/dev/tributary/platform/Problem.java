package dev.tributary.platform;

import java.util.Map;

/**
 * An error that already carries what the user should read, answered as RFC 9457 problem details.
 *
 * @param status     HTTP status
 * @param type       short slug appended to the problem type URI (e.g. {@code totp-required})
 * @param title      short summary
 * @param detail     one actionable sentence, never containing a secret
 * @param extensions extra members of the problem document
 */
public record Problem(int status, String type, String title, String detail, Map<String, Object> extensions) {

    public ProblemException toException() {
        return new ProblemException(this);
    }

    /** Carries a {@link Problem} through the call stack to the error handler. */
    public static class ProblemException extends RuntimeException {
        private final transient Problem problem;

        public ProblemException(Problem problem) {
            super(problem.detail());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}
