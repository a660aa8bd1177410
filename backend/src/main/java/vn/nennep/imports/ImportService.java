package vn.nennep.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.nennep.auth.Access;
import vn.nennep.auth.Caller;
import vn.nennep.common.Conflict;
import vn.nennep.common.Messages;
import vn.nennep.common.NennepConfig;
import vn.nennep.common.NotFound;
import vn.nennep.common.ProblemException;
import vn.nennep.common.ProblemKind;
import vn.nennep.imports.RowReader.Format;
import vn.nennep.imports.spi.ImportError;
import vn.nennep.imports.spi.Importer;
import vn.nennep.imports.spi.RowHandler;

/**
 * Bulk upsert by external id (POST /imports/{resource}). The body is read as a stream and handled a chunk of rows at a
 * time, in ONE transaction: valid rows are written and invalid ones reported (partial, the default), or the
 * transaction is rolled back when a row failed ({@code atomic}) or always ({@code dryRun}). A body that cannot be read
 * to its end rolls everything back, whatever the mode, so a truncated upload never leaves half a file behind. The job
 * row (progress, answer, Idempotency-Key) is written in short transactions of its own. What a row means and how it is
 * written is its resource's {@link Importer}'s, in the feature's own package ({@link Importers}).
 */
@ApplicationScoped
public class ImportService {

    private static final int TIMEOUT_SECONDS = 3600;
    private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

    /** What the resource answers: 200 with the result (first run or replay). */
    public record Answer(UUID jobId, ImportResult result) {
    }

    private final Access access;
    private final ImportJobs jobs;
    private final Importers importers;
    private final ObjectMapper json;
    private final NennepConfig config;

    ImportService(Access access, ImportJobs jobs, Importers importers, ObjectMapper json, NennepConfig config) {
        this.access = access;
        this.jobs = jobs;
        this.importers = importers;
        this.json = json;
        this.config = config;
    }

    public long maxBodyBytes() {
        return config.imports().maxBodySize().asLongValue();
    }

    public ImportResult run(String resource, String contentType, String contentLength, InputStream body,
            boolean dryRun, boolean atomic, String key, String acceptLanguage, UUID chosenJobId) {
        Importer importer = importers.of(resource);
        access.requireImport();
        access.caller().startImport();
        Format format = format(contentType);
        long limit = maxBodyBytes();
        if (contentLength != null && contentLength.chars().allMatch(Character::isDigit) && !contentLength.isEmpty()
                && (contentLength.length() > 18 || Long.parseLong(contentLength) > limit)) {
            throw new BodyTooLarge();
        }
        String idempotencyKey = key == null || key.isBlank() ? null : key.trim();
        if (idempotencyKey != null && idempotencyKey.length() > 200) {
            throw new vn.nennep.common.BadParameter("Idempotency-Key", "import.idempotency.tooLong");
        }
        Caller caller = access.caller();
        MessageDigest digest = sha256();
        BodyTooLarge.Counting counting = new BodyTooLarge.Counting(body, limit);
        InputStream in = new DigestInputStream(counting, digest);
        String mode = "|" + resource + "|" + dryRun + "|" + atomic;
        if (idempotencyKey != null) {
            ImportJobs.Job earlier = jobs.byKey(caller.id(), idempotencyKey);
            if (earlier != null) {
                drain(in);
                String hash = HexFormat.of().formatHex(digest.digest()) + mode;
                if (!"SUCCEEDED".equals(earlier.status())) {
                    throw new Conflict("import.idempotency.running");
                }
                if (!hash.equals(earlier.hash())) {
                    throw new Conflict("import.idempotency.mismatch");
                }
                return json.convertValue(earlier.result(), ImportResult.class);
            }
        }
        UUID jobId = chosenJobId == null ? UUID.randomUUID() : chosenJobId;
        if (chosenJobId != null && jobs.byId(chosenJobId) != null) {
            throw new Conflict("import.job.idTaken", chosenJobId);
        }
        Locale locale = Messages.negotiate(acceptLanguage);
        jobs.start(jobId, resource, caller.id(), caller.kind().name(), idempotencyKey, dryRun, atomic,
                locale.getLanguage());
        ImportTally tally = new ImportTally(locale);
        boolean committed;
        try {
            committed = process(jobId, importer, format, in, dryRun, atomic, tally);
            drain(in);
        } catch (ProblemException e) {
            jobs.fail(jobId, problem(e, locale));
            throw e;
        } catch (RuntimeException e) {
            jobs.fail(jobId, Map.of("status", 500));
            throw e;
        }
        tally.errors.sort(java.util.Comparator.comparingLong(ImportError::row));
        ImportResult result = new ImportResult(jobId, resource, dryRun, atomic, committed, tally.total,
                tally.created, tally.updated, tally.unchanged, tally.failed, tally.errors);
        jobs.succeed(jobId, HexFormat.of().formatHex(digest.digest()) + mode, tally.total, result);
        return result;
    }

    /** The CSV a user starts from: the resource's Vietnamese headers and an example row; for whoever may import. */
    ImportTemplates.Template template(String resource) {
        Importer importer = importers.of(resource);
        access.requireImport();
        return ImportTemplates.of(importer.format().template());
    }

    public ImportJobResponse job(UUID id) {
        ImportJobs.Job job = jobs.byId(id);
        if (job == null) {
            throw new NotFound("resource.importJob", id);
        }
        Caller caller = access.caller();
        if (!caller.isAdmin() && !job.callerId().equals(caller.id())) {
            throw Access.forbidden("import.job.notYours");
        }
        return new ImportJobResponse(job.id(), job.resource(), job.status(), job.rowsDone(), job.rowsTotal(),
                job.startedAt(), job.finishedAt(), job.result(), job.problem());
    }

    /** Signals the end of a run whose transaction must be rolled back (dry run, failed atomic import). */
    private static final class Rollback extends RuntimeException {
        Rollback() {
            super(null, null, false, false);
        }
    }

    private boolean process(UUID jobId, Importer importer, Format format, InputStream in, boolean dryRun,
            boolean atomic, ImportTally tally) {
        int chunkSize = config.imports().chunkSize();
        try {
            QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).run(() -> {
                RowHandler handler = importer.handler();
                // The parser must not close the body: what follows the last row is still read into the digest.
                InputStream unclosed = new java.io.FilterInputStream(in) {
                    @Override
                    public void close() {
                    }
                };
                try (RowReader reader = RowReader.open(format, unclosed, json, importer.format().columns());
                        RowPipeline rows = RowPipeline.start(reader, handler, chunkSize, tally.locale)) {
                    tally.columns(reader.columns());
                    long reported = 0;
                    for (var chunk = rows.next(); chunk != null; chunk = rows.next()) {
                        tally.total += chunk.size();
                        handler.chunk(chunk, tally);
                        // Each report is a commit of its own: the first chunk, then a few a second at most.
                        if (reported == 0 || System.nanoTime() - reported > PROGRESS_EVERY_NANOS) {
                            jobs.progress(jobId, tally.total);
                            reported = System.nanoTime();
                        }
                    }
                } catch (IOException e) {
                    throw BrokenFile.of(e, tally.total + 1);
                }
                if (dryRun || atomic && tally.failed > 0) {
                    throw new Rollback();
                }
                // Another instance may have declared this job dead (this one stalled past the stale time) and freed
                // its Idempotency-Key for a retry: then nothing is committed, and the answer is the contract's 409 for
                // a key whose request is elsewhere. Otherwise the job's row stays locked until the commit, so that
                // nobody declares it dead in between.
                if (!jobs.stillOurs(jobId)) {
                    throw new Conflict("import.job.abandoned", config.imports().staleAfter().toSeconds());
                }
            });
            return true;
        } catch (Rollback done) {
            return false;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Rollback) {
                    return false;
                }
                if (t instanceof ProblemException problem) {
                    throw problem;
                }
            }
            throw e;
        }
    }

    private static Format format(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
        return switch (type) {
            case "application/json" -> Format.JSON;
            case "application/x-ndjson" -> Format.NDJSON;
            case "text/csv" -> Format.CSV;
            default -> throw new ProblemException(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                    "error.http.unsupported-media-type");
        };
    }

    private Map<String, Object> problem(ProblemException e, Locale locale) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", e.kind().type());
        problem.put("title", Messages.get(locale, e.kind().titleKey()));
        problem.put("status", e.kind().status);
        problem.put("detail", Messages.get(locale, e.detailKey(), e.detailArgs()));
        return problem;
    }

    private static void drain(InputStream in) {
        try {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (BodyTooLarge.Signal e) {
            throw new BodyTooLarge();
        } catch (IOException e) {
            throw new BrokenFile("import.file.unreadable", 0);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
