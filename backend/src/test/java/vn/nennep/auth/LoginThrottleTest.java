package vn.nennep.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The throttle's arithmetic, on a clock the test moves by hand, with its counts in the real database. Every test
 * counts against accounts and an address of its own (a unique suffix), so that no test sees another's rows.
 */
@QuarkusTest
class LoginThrottleTest {

    @Inject
    EntityManager em;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);
    private final String address = "203.113.10.5-" + unique;
    private final String otherAddress = "198.51.100.7-" + unique;
    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-05T02:00:00Z"));
    private LoginThrottle throttle;

    @BeforeEach
    void create() {
        throttle = new LoginThrottle(clock, em);
    }

    @Test
    void slowsDownAfterThreeFailuresThenCapsAtThreeSeconds() {
        fail(u("an"), 2);
        assertEquals(Duration.ZERO, throttle.delay(u("an"), address));
        fail(u("an"), 1);
        assertEquals(Duration.ofMillis(250), throttle.delay(u("an"), address));
        fail(u("an"), 1);
        assertEquals(Duration.ofMillis(500), throttle.delay(u("an"), address));
        fail(u("an"), 20);
        assertEquals(Duration.ofSeconds(3), throttle.delay(u("an"), address));
        assertEquals(Duration.ZERO, throttle.delay(u("binh"), otherAddress), "another account from elsewhere");
    }

    @Test
    void anAddressIsSlowedDownAfterTenFailuresWhateverTheAccount() {
        for (int i = 0; i < 9; i++) {
            throttle.failed(u("account-" + i), address);
        }
        assertEquals(Duration.ZERO, throttle.delay(u("someone"), address));
        throttle.failed(u("account-9"), address);
        assertEquals(Duration.ofMillis(250), throttle.delay(u("someone"), address));
    }

    @Test
    void blocksAnAccountAfterEightFailuresUntilItsWindowEnds() {
        fail(u("an"), 7);
        assertEquals(0, throttle.blockedFor(u("an"), address));
        fail(u("an"), 1);
        assertEquals(15 * 60 + 1, throttle.blockedFor(u("an"), address));
        clock.advance(Duration.ofMinutes(5));
        assertEquals(10 * 60 + 1, throttle.blockedFor(u("an"), address), "the window runs from the first failure");
        assertEquals(0, throttle.blockedFor(u("binh"), address), "the address has room for others");
        assertTrue(throttle.blockedFor(u("an"), otherAddress) > 0, "the account stays blocked from any address");
    }

    @Test
    void blocksAnAddressAfterFiftyFailures() {
        for (int i = 0; i < 49; i++) {
            throttle.failed(u("account-" + i), address);
        }
        assertEquals(0, throttle.blockedFor(u("newcomer"), address));
        throttle.failed(u("account-49"), address);
        assertTrue(throttle.blockedFor(u("newcomer"), address) > 0);
        assertEquals(0, throttle.blockedFor(u("newcomer"), otherAddress));
    }

    @Test
    void theWindowExpiresAfterFifteenMinutes() {
        fail(u("an"), 8);
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertEquals(2, throttle.blockedFor(u("an"), address));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(0, throttle.blockedFor(u("an"), address));
        assertEquals(Duration.ZERO, throttle.delay(u("an"), address));
        fail(u("an"), 7);
        assertEquals(0, throttle.blockedFor(u("an"), address), "counting starts over");
    }

    @Test
    void successClearsTheAccountButNotTheAddress() {
        fail(u("an"), 8);
        throttle.failed(u("binh"), address);
        throttle.failed(u("chi"), address);
        throttle.failed(u("dung"), address);
        throttle.succeeded(u("an"));
        assertEquals(0, throttle.blockedFor(u("an"), address));
        assertEquals(Duration.ofMillis(500), throttle.delay(u("an"), address), "11 failures from the address remain");

        for (int i = 0; i < 39; i++) {
            throttle.failed(u("account-" + i), address);
        }
        throttle.succeeded(u("account-0"));
        assertTrue(throttle.blockedFor(u("account-0"), address) > 0, "50 failures from the address remain");
    }

    /** An account of this test's own. */
    private String u(String account) {
        return account + "-" + unique;
    }

    @Test
    void failuresCountedAtOnceAreAllCounted() throws Exception {
        String account = u("song-song");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var tasks = java.util.stream.IntStream.range(0, 8)
                    .mapToObj(i -> (java.util.concurrent.Callable<Object>) () -> {
                        throttle.failed(account, address);
                        return null;
                    }).toList();
            for (var done : pool.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(15 * 60 + 1, throttle.blockedFor(account, otherAddress), "eight failures, none lost");
    }

    private void fail(String account, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address);
        }
    }

    /** A clock that only moves when told to. */
    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
