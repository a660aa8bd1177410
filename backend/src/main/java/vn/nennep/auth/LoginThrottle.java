package vn.nennep.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.nennep.common.NennepConfig;

/**
 * Failed logins, counted per account and per address over a 15-minute window. Past a first threshold each further
 * attempt is held back a little longer; past a second one the account (or the address) is refused with 429 until its
 * window ends. Addresses get more room than accounts: many people may sign in from one office. The limits are settings
 * ({@code nennep.auth.throttle.*}); these are the defaults.
 *
 * <p>The counts live in PostgreSQL ({@code login_failures}, V17), so that every instance behind the load balancer
 * sees the same: eight failures spread over two instances lock the account on both. A failure is one atomic upsert in
 * a short transaction of its own, so that it is counted even though the login then answers 401, and two instances
 * counting at once both count. Each instance reads and writes with its own clock; instances keep their clocks in step
 * (NTP), and a skew of a second moves a 15-minute window by a second.
 */
@ApplicationScoped
public class LoginThrottle {

    /** When slowing starts and when refusing starts, for one kind of key. */
    record Limits(int slowAfter, int blockAfter) {
    }

    /** Before an attempt: the seconds it is refused for (0: not refused) and how long to hold it back. */
    public record Check(long blockedFor, Duration delay) {
    }

    static final Limits ACCOUNT = new Limits(3, 8);
    static final Limits ADDRESS = new Limits(10, 50);

    private final Limits account;
    private final Limits address;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration STEP = Duration.ofMillis(250);
    static final Duration MAX_DELAY = Duration.ofSeconds(3);

    /**
     * One failure: a new row, or one more in the running window, or a new window when the last one has ended. The
     * row is locked by the upsert, so failures counted at once on several instances are all counted.
     */
    static final String COUNT = """
            INSERT INTO login_failures AS f (key, failures, window_start) VALUES (:key, 1, :now)
            ON CONFLICT (key) DO UPDATE SET
                failures = CASE WHEN f.window_start > :windowOpenedAfter THEN f.failures + 1 ELSE 1 END,
                window_start = CASE WHEN f.window_start > :windowOpenedAfter THEN f.window_start ELSE :now END""";

    private record Failures(int count, Instant since) {
    }

    private final Clock clock;
    private final EntityManager em;

    @Inject
    public LoginThrottle(NennepConfig config, EntityManager em) {
        this(Clock.systemUTC(), em, new Limits(config.auth().throttle().accountSlowAfter(),
                config.auth().throttle().accountBlockAfter()),
                new Limits(config.auth().throttle().addressSlowAfter(), config.auth().throttle().addressBlockAfter()));
    }

    /** With the default limits, on the given clock (tests). */
    LoginThrottle(Clock clock, EntityManager em) {
        this(clock, em, ACCOUNT, ADDRESS);
    }

    LoginThrottle(Clock clock, EntityManager em, Limits account, Limits address) {
        this.clock = clock;
        this.em = em;
        this.account = account;
        this.address = address;
    }

    /** Whether this attempt is refused, and how long to hold it back: one read of both keys. */
    public Check check(String account, String address) {
        Map<String, Failures> current = current("user:" + account, "ip:" + address);
        Failures byAccount = current.get("user:" + account);
        Failures byAddress = current.get("ip:" + address);
        long blocked = Math.max(blockedFor(byAccount, this.account), blockedFor(byAddress, this.address));
        long steps = Math.max(excess(byAccount, this.account), excess(byAddress, this.address));
        Duration delay = STEP.multipliedBy(steps);
        return new Check(blocked, delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
    }

    /** Seconds until this account from this address may try again; 0 when it is not refused. */
    public long blockedFor(String account, String address) {
        return check(account, address).blockedFor();
    }

    /** How long to hold this attempt back, given the failures so far. */
    public Duration delay(String account, String address) {
        return check(account, address).delay();
    }

    /** Counts a failure against the account and the address, committed at once whatever the caller does next. */
    public void failed(String account, String address) {
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            count("user:" + account, now);
            count("ip:" + address, now);
        });
    }

    /** A successful login clears the account's failures (not the address's). */
    public void succeeded(String account) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM login_failures WHERE key = :key")
                .setParameter("key", "user:" + account).executeUpdate());
    }

    /**
     * Deletes the rows whose window has ended (they count for nothing). Harmless when several instances purge at
     * once: each DELETE removes what is left, no lock needed.
     */
    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        OffsetDateTime ended = at(clock.instant().minus(WINDOW));
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("DELETE FROM login_failures WHERE window_start <= :ended")
                .setParameter("ended", ended).executeUpdate());
    }

    private long blockedFor(Failures f, Limits limits) {
        if (f == null || f.count < limits.blockAfter) {
            return 0;
        }
        return Duration.between(clock.instant(), f.since.plus(WINDOW)).toSeconds() + 1;
    }

    private static long excess(Failures f, Limits limits) {
        return f == null || f.count < limits.slowAfter ? 0 : f.count - limits.slowAfter + 1L;
    }

    private void count(String key, Instant now) {
        em.createNativeQuery(COUNT).setParameter("key", key).setParameter("now", at(now))
                .setParameter("windowOpenedAfter", at(now.minus(WINDOW))).executeUpdate();
    }

    /** The failures of the running windows of these keys; a window that has ended counts for nothing. */
    private Map<String, Failures> current(String... keys) {
        OffsetDateTime openedAfter = at(clock.instant().minus(WINDOW));
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT key, failures, window_start FROM login_failures
                WHERE key IN (:keys) AND window_start > :openedAfter""")
                .setParameter("keys", List.of(keys)).setParameter("openedAfter", openedAfter).getResultList());
        Map<String, Failures> current = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            current.put((String) r[0], new Failures(((Number) r[1]).intValue(), instant(r[2])));
        }
        return current;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
