package vn.nennep.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The failure drill's load: writers sending, through the load balancer, what a district office writes on a busy day
 * (thematic meeting records of its branches, comments in recommendations' threads) and reading each new record back.
 * Every request is recorded with the phase it was sent in, its outcome and, for an acknowledged write (201), the id
 * of what was written, which the drill then looks for in the database. Writes carry no Idempotency-Key (the meeting
 * and comment endpoints do not honour one), so the balancer retries them only when the connection failed before
 * anything was sent; reads it may retry.
 */
final class DrillLoad implements AutoCloseable {

    enum Kind { MEETING, COMMENT, READ }

    /** One request: when it was sent and answered (System.nanoTime), its status (0: no answer) and what it wrote. */
    record Outcome(String phase, Kind kind, long sent, long answered, int status, String id, String error) {
        boolean write() {
            return kind != Kind.READ;
        }

        /** Answered 2xx; a write also names what it wrote. */
        boolean acknowledged() {
            return error == null && status / 100 == 2 && (kind == Kind.READ || id != null);
        }
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Pause between one writer's requests: a few dozen requests a second in all, a busy district, not a benchmark. */
    private static final long PACE_MILLIS = 100;
    private static final long BACKOFF_MILLIS = 250;

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> writers = new ArrayList<>();
    private volatile String phase = "warm-up";
    private String token;
    private List<String> branches;
    private List<String> recommendations;

    DrillLoad(URI base) {
        this.base = base;
    }

    /** Signs in and finds the branches and recommendations to write to. */
    void prepare(String username, String password) throws IOException, InterruptedException {
        String body = "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}";
        HttpResponse<String> login = http.send(request("/api/v1/auth/login")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(login.body());
        if (login.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("login as " + username + " failed: " + login.statusCode());
        }
        token = m.group(1);
        branches = ids(get("/api/v1/organizations?type=BRANCH&size=200"));
        recommendations = ids(get("/api/v1/recommendations?size=200"));
        if (branches.isEmpty() || recommendations.isEmpty()) {
            throw new IllegalStateException(username + " sees no branch or no recommendation to write to");
        }
    }

    void start(int count) {
        for (int i = 0; i < count; i++) {
            String recommendation = recommendations.get(i % recommendations.size());
            Thread writer = new Thread(() -> write(recommendation), "drill-writer-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    void phase(String name) {
        phase = name;
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** Stops the writers once their requests in flight are answered. */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread writer : writers) {
            writer.join(TIMEOUT.toMillis() + 5_000);
        }
    }

    /** One writer: a meeting record, read back, then a comment in its own recommendation's thread; again. */
    private void write(String recommendation) {
        long n = 0;
        while (running.get()) {
            n++;
            String branch = branches.get(ThreadLocalRandom.current().nextInt(branches.size()));
            String startedAt = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(2)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            Outcome meeting = send(Kind.MEETING, "/api/v1/meetings", "{\"branchId\": \"" + branch + "\", \"kind\":"
                    + " \"THEMATIC\", \"theme\": \"Diễn tập chuyển đổi dự phòng, bản ghi " + n + "\", \"held\": true,"
                    + " \"startedAt\": \"" + startedAt + "\", \"membersTotal\": 12, \"present\": 11, \"excused\": 1,"
                    + " \"unexcused\": 0, \"exempt\": 0}");
            if (meeting.acknowledged()) {
                send(Kind.READ, "/api/v1/meetings/" + meeting.id(), null);
            }
            Outcome comment = send(Kind.COMMENT, "/api/v1/recommendations/" + recommendation + "/entries",
                    "{\"type\": \"COMMENT\", \"body\": \"Diễn tập: ghi chú số " + n + "\"}");
            pause(meeting.acknowledged() && comment.acknowledged() ? PACE_MILLIS : BACKOFF_MILLIS);
        }
    }

    /** POST {@code json} (or GET without it); the id written is the last segment of the Location header. */
    private Outcome send(Kind kind, String path, String json) {
        String sentIn = phase;
        long sent = System.nanoTime();
        HttpRequest.Builder builder = request(path).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (json != null) {
            builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        Outcome outcome;
        try {
            HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String id = json == null ? null : r.headers().firstValue("Location")
                    .map(location -> location.substring(location.lastIndexOf('/') + 1)).orElse(null);
            String error = r.statusCode() / 100 == 2 ? null : r.statusCode() + " " + firstLine(r.body());
            if (json != null && r.statusCode() == 201 && id == null) {
                error = "201 without Location";
            }
            outcome = new Outcome(sentIn, kind, sent, System.nanoTime(), r.statusCode(), id, error);
        } catch (IOException e) {
            outcome = new Outcome(sentIn, kind, sent, System.nanoTime(), 0, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = new Outcome(sentIn, kind, sent, System.nanoTime(), 0, null, "interrupted");
        }
        outcomes.add(outcome);
        return outcome;
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(path).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode());
        }
        return r.body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
    }

    private static List<String> ids(String json) {
        List<String> ids = new ArrayList<>();
        Matcher m = ID.matcher(json);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static String firstLine(String body) {
        return Optional.ofNullable(body).map(b -> b.length() > 160 ? b.substring(0, 160) : b).orElse("");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
