package vn.nennep.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.nennep.common.NennepConfig;

/**
 * Failed logins, counted per account and per address over a 15-minute window. Past a first threshold each further
 * attempt is held back a little longer; past a second one the account (or the address) is refused with 429 until its
 * window ends. Addresses get more room than accounts: many people may sign in from one office. Kept in memory: one
 * server's view, reset by a restart. The limits are settings ({@code nennep.auth.throttle.*}); these are the defaults.
 */
@ApplicationScoped
public class LoginThrottle {

    /** When slowing starts and when refusing starts, for one kind of key. */
    record Limits(int slowAfter, int blockAfter) {
    }

    static final Limits ACCOUNT = new Limits(3, 8);
    static final Limits ADDRESS = new Limits(10, 50);

    private final Limits account;
    private final Limits address;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration STEP = Duration.ofMillis(250);
    static final Duration MAX_DELAY = Duration.ofSeconds(3);

    private record Failures(int count, Instant since) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    @Inject
    public LoginThrottle(NennepConfig config) {
        this(Clock.systemUTC(), new Limits(config.auth().throttle().accountSlowAfter(),
                config.auth().throttle().accountBlockAfter()),
                new Limits(config.auth().throttle().addressSlowAfter(), config.auth().throttle().addressBlockAfter()));
    }

    /** With the default limits, on the given clock (tests). */
    LoginThrottle(Clock clock) {
        this(clock, ACCOUNT, ADDRESS);
    }

    LoginThrottle(Clock clock, Limits account, Limits address) {
        this.clock = clock;
        this.account = account;
        this.address = address;
    }

    /** Seconds until this account from this address may try again; 0 when it is not refused. */
    public long blockedFor(String account, String address) {
        return Math.max(blockedFor("user:" + account, this.account), blockedFor("ip:" + address, this.address));
    }

    /** How long to hold this attempt back, given the failures so far. */
    public Duration delay(String account, String address) {
        long steps = Math.max(excess("user:" + account, this.account), excess("ip:" + address, this.address));
        Duration delay = STEP.multipliedBy(steps);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    public void failed(String account, String address) {
        count("user:" + account);
        count("ip:" + address);
    }

    /** A successful login clears the account's failures (not the address's). */
    public void succeeded(String account) {
        failures.remove("user:" + account);
    }

    private long blockedFor(String key, Limits limits) {
        Failures f = current(key);
        if (f == null || f.count < limits.blockAfter) {
            return 0;
        }
        return Duration.between(clock.instant(), f.since.plus(WINDOW)).toSeconds() + 1;
    }

    private long excess(String key, Limits limits) {
        Failures f = current(key);
        return f == null || f.count < limits.slowAfter ? 0 : f.count - limits.slowAfter + 1L;
    }

    private void count(String key) {
        Instant now = clock.instant();
        failures.compute(key, (k, f) -> f == null || expired(f) ? new Failures(1, now) : new Failures(f.count + 1, f.since));
    }

    private Failures current(String key) {
        Failures f = failures.get(key);
        if (f != null && expired(f)) {
            failures.remove(key, f);
            return null;
        }
        return f;
    }

    private boolean expired(Failures f) {
        return !f.since.plus(WINDOW).isAfter(clock.instant());
    }
}
