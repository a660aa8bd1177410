package vn.nennep.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.support.Api.anonymous;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Fixtures.code;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Fixtures;

/**
 * Commit order under concurrent writers: a reader that follows the feed while transactions commit out of order (raw
 * JDBC transactions that write audit rows the way a bulk import does, held open for a while, beside writes through
 * the API) sees every change exactly once, and a long transaction that commits last appears after the others.
 */
@QuarkusTest
class ChangeOrderTest {

    @Test
    void aLongTransactionThatCommitsLastAppearsAfterTheOthersAndIsNotSkipped() throws Exception {
        long head = Feed.head();
        try (Connection slow = Feed.connect()) {
            slow.setAutoCommit(false);
            List<UUID> slowIds = writeAuditRows(slow, 3);
            // Written after the slow transaction began, committed before it.
            String early = Fixtures.district(code("Huyện Cẩm Giàng"));
            List<Map<String, Object>> before = Feed.all(() -> api(), head);
            assertTrue(Feed.ids(before).contains(early));
            assertTrue(Collections.disjoint(Feed.ids(before), strings(slowIds)), "uncommitted changes are not read");
            long cursor = ((Number) before.get(before.size() - 1).get("seq")).longValue();

            slow.commit();
            List<Map<String, Object>> after = Feed.all(() -> api(), cursor);
            List<String> late = Feed.ids(after).stream().filter(strings(slowIds)::contains).toList();
            assertEquals(new HashSet<>(strings(slowIds)), new HashSet<>(late));
            assertEquals(slowIds.size(), late.size());
            assertTrue(after.stream().allMatch(i -> ((Number) i.get("seq")).longValue() > cursor));
            assertEquals(List.of("organizations CREATE"), Feed.of(after, slowIds.get(0).toString()));
        }
    }

    @Test
    void aReaderFollowingConcurrentWritersSeesEveryChangeOnceInOrder() throws Exception {
        // A second reader sees only the district written through the API: it moves its cursor past the raw rows.
        String district = Fixtures.district(code("Huyện song song"));
        String key = api().body(Map.of("name", code("Máy tỉnh"), "organizationId", district, "scopes",
                List.of("read"))).post("/api/v1/api-clients").then().statusCode(201).extract().path("apiKey");
        Supplier<RequestSpecification> machine = () -> anonymous().header("X-API-Key", key);
        long head = Feed.head();
        int writers = 4;
        int transactions = 12;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 3);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            Future<List<Map<String, Object>>> reader = pool.submit(() -> follow(() -> api(), head, writing));
            Future<List<Map<String, Object>>> narrow = pool.submit(() -> follow(machine, head, writing));
            List<Future<List<String>>> written = new ArrayList<>();
            // In each round every writer's transaction is open at once (its rows inserted, in whatever order the
            // threads ran), then they commit in reverse writer order: commits out of insertion order every round.
            CyclicBarrier allOpen = new CyclicBarrier(writers);
            CountDownLatch[][] committed = new CountDownLatch[transactions][writers];
            for (CountDownLatch[] round : committed) {
                Arrays.setAll(round, i -> new CountDownLatch(1));
            }
            for (int w = 0; w < writers; w++) {
                int writer = w;
                written.add(pool.submit(() -> {
                    List<String> ids = new ArrayList<>();
                    try (Connection c = Feed.connect()) {
                        c.setAutoCommit(false);
                        for (int t = 0; t < transactions; t++) {
                            ids.addAll(strings(writeAuditRows(c, 1 + t % 3)));
                            allOpen.await(60, TimeUnit.SECONDS);
                            if (writer + 1 < writers) {
                                assertTrue(committed[t][writer + 1].await(60, TimeUnit.SECONDS));
                            }
                            c.commit();
                            committed[t][writer].countDown();
                        }
                    }
                    return ids;
                }));
            }
            // Beside them, writes through the API.
            Future<List<String>> communes = pool.submit(() -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    ids.add(Fixtures.grassroots(district, code("Đảng bộ xã song song")));
                }
                return ids;
            });
            written.add(communes);
            Set<String> expected = new HashSet<>();
            for (Future<List<String>> f : written) {
                expected.addAll(f.get(120, TimeUnit.SECONDS));
            }
            writing.set(false);
            List<Map<String, Object>> followed = reader.get(120, TimeUnit.SECONDS);
            List<Map<String, Object>> narrowly = narrow.get(120, TimeUnit.SECONDS);

            List<Long> seqs = followed.stream().map(i -> ((Number) i.get("seq")).longValue()).toList();
            for (int i = 1; i < seqs.size(); i++) {
                assertTrue(seqs.get(i) > seqs.get(i - 1), "strictly increasing, no repeat: " + seqs);
            }
            List<String> ids = Feed.ids(followed);
            for (String id : expected) {
                assertEquals(1, Collections.frequency(ids, id), "seen exactly once: " + id);
            }
            // What the follower collected bit by bit is exactly what one read afterwards gives: no gap.
            assertEquals(ids, Feed.ids(Feed.all(() -> api(), head)));
            assertFalse(expected.isEmpty());
            // The narrow reader: each commune once, in the order the full feed has them, none of the raw rows.
            List<String> mine = Feed.ids(narrowly);
            assertEquals(ids.stream().filter(communes.get()::contains).toList(), mine);
            assertEquals(mine, Feed.ids(Feed.all(machine, head)));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Follows the feed in small pages while the writers write, until a page comes back empty after they stopped:
     * then everything they wrote is in what was read.
     */
    private static List<Map<String, Object>> follow(Supplier<RequestSpecification> caller, long head,
            AtomicBoolean writing) {
        List<Map<String, Object>> seen = new ArrayList<>();
        long[] cursor = {head};
        boolean[] last = {false};
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(10)).until(() -> {
            boolean stillWriting = writing.get();
            Map<String, Object> page = caller.get().queryParam("after", cursor[0]).queryParam("limit", 5)
                    .get(Feed.CHANGES)
                    .then().statusCode(200).extract().path("$");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
            seen.addAll(items);
            cursor[0] = ((Number) page.get("next")).longValue();
            if (!items.isEmpty()) {
                return false;
            }
            if (last[0]) {
                return true;
            }
            last[0] = !stillWriting;
            return false;
        });
        return seen;
    }

    /** One revision and {@code n} organizations_aud rows in one statement, as a bulk import writes them. */
    private static List<UUID> writeAuditRows(Connection c, int n) throws SQLException {
        long rev;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO revisions (at, actor_name, actor_kind)"
                + " VALUES (now(), 'thử đồng thời', 'SYSTEM') RETURNING id"); ResultSet rs = s.executeQuery()) {
            rs.next();
            rev = rs.getLong(1);
        }
        List<UUID> ids = new ArrayList<>();
        StringBuilder sql = new StringBuilder(
                "INSERT INTO organizations_aud (id, rev, revtype, code, name, type) VALUES ");
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID());
            sql.append(i == 0 ? "" : ", ").append("(?, ?, 0, 'T', 'Thử', 'DISTRICT')");
        }
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < n; i++) {
                s.setObject(2 * i + 1, ids.get(i));
                s.setLong(2 * i + 2, rev);
            }
            s.executeUpdate();
        }
        return ids;
    }

    private static List<String> strings(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }
}
