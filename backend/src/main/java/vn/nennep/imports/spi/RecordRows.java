package vn.nennep.imports.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.nennep.common.IfMatch;
import vn.nennep.common.Messages;
import vn.nennep.common.ProblemException;

/**
 * Record-by-record importing, shared by the features whose rows go through their own service (the create and update
 * of the single-record endpoints, in the import's transaction), so that the rules and the rights are the endpoints':
 * the external id checked once per file, references by external id resolved, the stored record of the row's external
 * id found, then the feature's {@link Writer}. A row whose update leaves the version as it was is unchanged.
 */
@ApplicationScoped
public class RecordRows {

    /** A reference the rows may give by external id: {@code <name>ExternalId} becomes {@code <name>Id}. */
    public record Reference(String name, String table) {
    }

    /**
     * A row ready for its feature: its references resolved, and the id and version of the record stored under its
     * external id (null and -1 when there is none). Binding errors and missing values go to {@link #errors()}.
     */
    public record Record(long number, ObjectNode data, UUID id, long version, Locale locale,
            List<ImportError> errors) {

        /** The If-Match an update sends: the version this import read. */
        public IfMatch ifMatch() {
            return IfMatch.version(version);
        }

        /** The id the row gives in {@code field} (removed from the data); null, with the row's error, when none. */
        public UUID requiredId(String field, String externalField) {
            JsonNode node = data.remove(field);
            if (node == null || node.isNull() || node.asText().isBlank()) {
                errors.add(new ImportError(number, externalField, Messages.get(locale, "import.reference.required")));
                return null;
            }
            return UUID.fromString(node.asText().trim());
        }

        /** The error of a row as a whole, in the import's language. */
        public void error(String key) {
            errors.add(new ImportError(number, null, Messages.get(locale, key)));
        }
    }

    /** What a feature did with a row. */
    public enum Outcome {
        /** Created or updated through the service (the version tells which, or that nothing changed). */
        WRITTEN,
        /** Known unchanged without writing (the feature compared the stored record). */
        UNCHANGED,
        /** Not written: the row's errors say why. */
        REFUSED
    }

    /** The feature's part: binds the row and calls its service; a broken rule is thrown as the service throws it. */
    public interface Writer {
        Outcome write(Record record);
    }

    private final Binder binder;
    private final EntityManager em;

    RecordRows(Binder binder, EntityManager em) {
        this.binder = binder;
        this.em = em;
    }

    /** The handler of one import of the records of {@code table}. */
    public RowHandler handler(String table, List<Reference> references, Writer writer) {
        Map<String, UUID> cache = Binder.cache();
        return (rows, tally) -> {
            for (RowHandler.Row row : rows) {
                one(table, references, writer, row, tally, cache);
            }
            em.flush();
            em.clear();
        };
    }

    private void one(String table, List<Reference> references, Writer writer, RowHandler.Row row, Tally tally,
            Map<String, UUID> cache) {
        String externalId = RowHandler.externalId(row.data());
        if (!tally.firstTime(row.number(), externalId)) {
            return;
        }
        List<ImportError> errors = Binder.none();
        ObjectNode data = row.data();
        data.put("externalId", externalId);
        boolean refs = true;
        for (Reference reference : references) {
            refs &= binder.reference(data, reference.name(), reference.table(), row.number(), tally.locale(), errors,
                    cache);
        }
        if (!refs) {
            tally.failMessages(row.number(), errors);
            return;
        }
        Object[] existing = existing(table, externalId);
        UUID id = existing == null ? null : UUID.fromString((String) existing[0]);
        long version = existing == null ? -1 : ((Number) existing[1]).longValue();
        Outcome outcome;
        try {
            outcome = writer.write(new Record(row.number(), data, id, version, tally.locale(), errors));
        } catch (ProblemException e) {
            em.clear();
            tally.fail(row.number(), e);
            return;
        } catch (IllegalArgumentException e) {
            em.clear();
            errors.add(new ImportError(row.number(), null, Messages.get(tally.locale(), "error.json.invalid")));
            outcome = Outcome.REFUSED;
        }
        if (outcome == Outcome.UNCHANGED && errors.isEmpty()) {
            tally.unchanged();
            return;
        }
        if (outcome == Outcome.REFUSED || !errors.isEmpty()) {
            tally.failMessages(row.number(), errors);
            return;
        }
        em.flush();
        if (id == null) {
            tally.created();
        } else {
            Object[] after = existing(table, externalId);
            if (after != null && ((Number) after[1]).longValue() == version) {
                tally.unchanged();
            } else {
                tally.updated();
            }
        }
    }

    private Object[] existing(String table, String externalId) {
        List<?> rows = em.createNativeQuery("select cast(id as text), version from " + table
                + " where external_id = :k").setParameter("k", externalId).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }
}
