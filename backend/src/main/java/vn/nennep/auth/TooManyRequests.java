package vn.nennep.auth;

import vn.nennep.common.ProblemException;
import vn.nennep.common.ProblemKind;

/** 429, with the seconds to wait (sent as Retry-After). */
public class TooManyRequests extends ProblemException {

    private final long retryAfterSeconds;

    public TooManyRequests(long retryAfterSeconds) {
        super(ProblemKind.TOO_MANY_REQUESTS, "auth.login.blocked", (retryAfterSeconds + 59) / 60);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
