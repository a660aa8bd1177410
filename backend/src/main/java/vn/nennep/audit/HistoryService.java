package vn.nennep.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import vn.nennep.audit.HistoryEntry.Operation;
import vn.nennep.common.CsvExport;
import vn.nennep.common.ListParams;
import vn.nennep.common.NotFound;
import vn.nennep.common.PageQuery;
import vn.nennep.common.PageResponse;

/**
 * Reads the audit trail that Hibernate Envers keeps: a resource's revisions, newest first, each with what changed
 * since the one before. Who may read a resource may read its history; a deleted resource's history only whom
 * {@link HistoryReaders} allows (system administrators). Every {@code .../history} endpoint is one call of
 * {@link #answer}, from its feature's resource: the file name, the entity, the feature's read and its fields.
 */
@ApplicationScoped
public class HistoryService {

    /** A state of an audited entity as API fields (see {@link HistoryDiff#state}); the revision lets one be derived. */
    @FunctionalInterface
    public interface Fields<T> {
        Map<String, Object> of(T state, long revision);
    }

    private final EntityManager em;
    private final HistoryReaders readers;

    public HistoryService(EntityManager em, HistoryReaders readers) {
        this.em = em;
        this.readers = readers;
    }

    /**
     * A {@code .../history} endpoint's answer for a resource that is always reachable at its own address: see
     * {@link #answer(String, HttpHeaders, ListParams, Class, UUID, Runnable, Predicate, Fields)}.
     */
    public <T> Response answer(String filename, HttpHeaders headers, ListParams paging, Class<T> type, UUID id,
            Runnable readable, Fields<T> fields) {
        return answer(filename, headers, paging, type, id, readable, state -> true, fields);
    }

    /**
     * A {@code .../history} endpoint's answer: a page as JSON, or with {@code Accept: text/csv} every revision as CSV
     * in the file {@code filename}. The history is that of {@link #page(Class, UUID, Runnable, Predicate, Fields,
     * PageQuery)}: {@code readable} is the feature's own read, {@code belongs} the test of a deleted resource's last
     * state, {@code fields} its state as API fields. The page is parsed before the resource is read.
     */
    public <T> Response answer(String filename, HttpHeaders headers, ListParams paging, Class<T> type, UUID id,
            Runnable readable, Predicate<T> belongs, Fields<T> fields) {
        return answer(filename, headers, paging,
                p -> page(type, id, readable, belongs, fields, PageQuery.unsorted(p)));
    }

    /** The same answer for a history whose pages a feature reads itself (an organization's own meeting templates). */
    public static Response answer(String filename, HttpHeaders headers, ListParams paging,
            Function<ListParams, PageResponse<HistoryEntry>> pages) {
        return CsvExport.pageOrCsv(headers, HistoryEntry.class, filename, paging, pages);
    }

    /** The history of a resource that is always reachable at its own address. */
    public <T> PageResponse<HistoryEntry> page(Class<T> type, UUID id, Runnable readable, Fields<T> fields,
            PageQuery page) {
        return page(type, id, readable, state -> true, fields, page);
    }

    /**
     * A page of the history of the {@code type} entity {@code id}. {@code readable} is the feature's own read (its
     * 404 is ours); for a deleted resource, {@code belongs} tells whether its last state was at this address.
     */
    public <T> PageResponse<HistoryEntry> page(Class<T> type, UUID id, Runnable readable, Predicate<T> belongs,
            Fields<T> fields, PageQuery page) {
        AuditReader reader = AuditReaderFactory.get(em);
        checkReadable(reader, type, id, readable, belongs);
        long total = ((Number) revisions(reader, type, id)
                .addProjection(AuditEntity.revisionNumber().count())
                .getSingleResult()).longValue();
        if (page.first() >= total) {
            return PageResponse.of(List.of(), page, total);
        }
        // One row more than the page: the revision before the page's oldest entry, to diff that entry against.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = revisions(reader, type, id)
                .addOrder(AuditEntity.revisionNumber().desc())
                .setFirstResult((int) page.first())
                .setMaxResults(page.size() + 1)
                .getResultList();
        List<HistoryEntry> items = new ArrayList<>();
        for (int i = 0; i < rows.size() && i < page.size(); i++) {
            items.add(entry(type, rows.get(i), i + 1 < rows.size() ? rows.get(i + 1) : null, fields));
        }
        return PageResponse.of(items, page, total);
    }

    /**
     * Ids of the {@code type} entities whose {@code property} equals {@code value} as of a revision, sorted: e.g. a
     * zone's committees at one of its revisions.
     */
    public <T> List<String> idsAt(Class<T> type, Function<T, UUID> idOf, String property, Object value, long revision) {
        @SuppressWarnings("unchecked")
        List<T> states = AuditReaderFactory.get(em).createQuery().forEntitiesAtRevision(type, revision)
                .add(AuditEntity.property(property).eq(value))
                .getResultList();
        return states.stream().map(idOf).map(UUID::toString).sorted().toList();
    }

    private <T> void checkReadable(AuditReader reader, Class<T> type, UUID id, Runnable readable, Predicate<T> belongs) {
        try {
            readable.run();
        } catch (NotFound notFound) {
            if (!readers.mayReadDeleted()) {
                throw notFound;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> last = revisions(reader, type, id)
                    .addOrder(AuditEntity.revisionNumber().desc())
                    .setMaxResults(1)
                    .getResultList();
            if (last.isEmpty() || last.get(0)[2] != RevisionType.DEL || !belongs.test(type.cast(last.get(0)[0]))) {
                throw notFound;
            }
        }
    }

    private static AuditQuery revisions(AuditReader reader, Class<?> type, UUID id) {
        return reader.createQuery().forRevisionsOfEntity(type, false, true).add(AuditEntity.id().eq(id));
    }

    /** A row of {@code forRevisionsOfEntity}: the entity's state, the revision, and the kind of change. */
    private static <T> HistoryEntry entry(Class<T> type, Object[] row, Object[] previous, Fields<T> fields) {
        Revision revision = (Revision) row[1];
        RevisionType kind = (RevisionType) row[2];
        Map<String, Object> before;
        if (previous != null) {
            before = fields.of(type.cast(previous[0]), ((Revision) previous[1]).id);
        } else if (kind == RevisionType.DEL) {
            before = fields.of(type.cast(row[0]), revision.id);
        } else {
            before = Map.of();
        }
        Map<String, Object> after = kind == RevisionType.DEL ? Map.of() : fields.of(type.cast(row[0]), revision.id);
        return new HistoryEntry(revision.id, revision.at.atOffset(ZoneOffset.UTC), operation(kind),
                new Actor(revision.actorId, revision.actorName, revision.actorKind), revision.ip, revision.requestId,
                HistoryDiff.changes(before, after));
    }

    private static Operation operation(RevisionType kind) {
        return switch (kind) {
            case ADD -> Operation.CREATE;
            case MOD -> Operation.UPDATE;
            case DEL -> Operation.DELETE;
        };
    }
}
