package dev.tandem.problem;

/** Ends a request with a problem detail; thrown where a check that Bean Validation cannot express fails. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.invalid(field, message));
    }

    public Problem problem() {
        return problem;
    }
}
