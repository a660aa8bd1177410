package vn.nennep.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic, on a clock the test moves by hand. */
class LoginThrottleTest {

    private static final String ADDRESS = "203.113.10.5";

    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-05T02:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void slowsDownAfterThreeFailuresThenCapsAtThreeSeconds() {
        fail("an", 2);
        assertEquals(Duration.ZERO, throttle.delay("an", ADDRESS));
        fail("an", 1);
        assertEquals(Duration.ofMillis(250), throttle.delay("an", ADDRESS));
        fail("an", 1);
        assertEquals(Duration.ofMillis(500), throttle.delay("an", ADDRESS));
        fail("an", 20);
        assertEquals(Duration.ofSeconds(3), throttle.delay("an", ADDRESS));
        assertEquals(Duration.ZERO, throttle.delay("binh", "198.51.100.7"), "another account from elsewhere");
    }

    @Test
    void anAddressIsSlowedDownAfterTenFailuresWhateverTheAccount() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("account-" + i, ADDRESS);
        }
        assertEquals(Duration.ZERO, throttle.delay("someone", ADDRESS));
        throttle.failed("account-9", ADDRESS);
        assertEquals(Duration.ofMillis(250), throttle.delay("someone", ADDRESS));
    }

    @Test
    void blocksAnAccountAfterEightFailuresUntilItsWindowEnds() {
        fail("an", 7);
        assertEquals(0, throttle.blockedFor("an", ADDRESS));
        fail("an", 1);
        assertEquals(15 * 60 + 1, throttle.blockedFor("an", ADDRESS));
        clock.advance(Duration.ofMinutes(5));
        assertEquals(10 * 60 + 1, throttle.blockedFor("an", ADDRESS), "the window runs from the first failure");
        assertEquals(0, throttle.blockedFor("binh", ADDRESS), "the address has room for others");
        assertTrue(throttle.blockedFor("an", "198.51.100.7") > 0, "the account stays blocked from any address");
    }

    @Test
    void blocksAnAddressAfterFiftyFailures() {
        for (int i = 0; i < 49; i++) {
            throttle.failed("account-" + i, ADDRESS);
        }
        assertEquals(0, throttle.blockedFor("newcomer", ADDRESS));
        throttle.failed("account-49", ADDRESS);
        assertTrue(throttle.blockedFor("newcomer", ADDRESS) > 0);
        assertEquals(0, throttle.blockedFor("newcomer", "198.51.100.7"));
    }

    @Test
    void theWindowExpiresAfterFifteenMinutes() {
        fail("an", 8);
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertEquals(2, throttle.blockedFor("an", ADDRESS));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(0, throttle.blockedFor("an", ADDRESS));
        assertEquals(Duration.ZERO, throttle.delay("an", ADDRESS));
        fail("an", 7);
        assertEquals(0, throttle.blockedFor("an", ADDRESS), "counting starts over");
    }

    @Test
    void successClearsTheAccountButNotTheAddress() {
        fail("an", 8);
        throttle.failed("binh", ADDRESS);
        throttle.failed("chi", ADDRESS);
        throttle.failed("dung", ADDRESS);
        throttle.succeeded("an");
        assertEquals(0, throttle.blockedFor("an", ADDRESS));
        assertEquals(Duration.ofMillis(500), throttle.delay("an", ADDRESS), "11 failures from the address remain");

        for (int i = 0; i < 39; i++) {
            throttle.failed("account-" + i, ADDRESS);
        }
        throttle.succeeded("account-0");
        assertTrue(throttle.blockedFor("account-0", ADDRESS) > 0, "50 failures from the address remain");
    }

    private void fail(String account, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, ADDRESS);
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
