package vn.nennep.meetings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import vn.nennep.common.Messages;
import vn.nennep.imports.spi.Binder;
import vn.nennep.imports.spi.ImportError;
import vn.nennep.imports.spi.RowHandler;
import vn.nennep.imports.spi.RowHandler.Row;

/**
 * The reading thread's part of a meetings import ({@link RowHandler#prepare}): branch external ids to ids (one query
 * per chunk, on the thread's own connection), then binding and Bean Validation. Organizations and stored records are
 * committed data that the import's transaction is not needed for. One per import: it keeps the branches it found.
 */
final class MeetingBinding {

    /**
     * What the reading thread made of a row: its external id, its branch, the bound request or the row's errors, and
     * whether a record of that external id is stored (committed; this file's own rows are never looked up: a second
     * row with the same external id is refused).
     */
    record Prepared(String externalId, UUID branchId, MeetingRequest request, List<ImportError> errors,
            boolean stored) {
    }

    private final Binder binder;
    private final DataSource dataSource;
    private final Map<String, UUID> branchByExternalId = new HashMap<>();

    MeetingBinding(Binder binder, DataSource dataSource) {
        this.binder = binder;
        this.dataSource = dataSource;
    }

    void prepare(List<Row> rows, Locale locale) {
        Set<String> stored = new HashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            preloadBranches(connection, rows);
            storedOf(connection, rows, stored);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the branches and stored records of an import's rows", e);
        }
        for (Row row : rows) {
            ObjectNode data = row.data();
            String externalId = RowHandler.externalId(data);
            List<ImportError> errors = Binder.none();
            UUID branchId = null;
            MeetingRequest request = null;
            if (externalId != null) {
                data.put("externalId", externalId);
                branchId = branchOf(data, row.number(), locale, errors);
                if (branchId != null) {
                    request = binder.bind(data, MeetingRequest.class, row.number(), locale, errors);
                }
            }
            row.prepared(new Prepared(externalId, branchId, request, errors,
                    externalId != null && stored.contains(externalId)));
        }
    }

    private UUID branchOf(ObjectNode data, long number, Locale locale, List<ImportError> errors) {
        if (data.hasNonNull("branchExternalId")) {
            String key = data.remove("branchExternalId").asText().trim();
            UUID id = branchByExternalId.get(key);
            if (id == null) {
                errors.add(new ImportError(number, "branchExternalId",
                        Messages.get(locale, "import.reference.notFound", key)));
                return null;
            }
            data.put("branchId", id.toString());
            return id;
        }
        data.remove("branchExternalId");
        if (!data.hasNonNull("branchId")) {
            errors.add(new ImportError(number, "branchExternalId",
                    Messages.get(locale, "import.reference.required")));
            return null;
        }
        try {
            return UUID.fromString(data.get("branchId").asText().trim());
        } catch (IllegalArgumentException e) {
            errors.add(new ImportError(number, "branchId", Messages.get(locale, "error.json.type", "UUID")));
            return null;
        }
    }

    /**
     * The chunk's branch external ids not yet known, in one query on the reading thread's own connection
     * (organizations are committed data: a meetings import never writes them).
     */
    private void preloadBranches(Connection connection, List<Row> rows) throws SQLException {
        Set<String> wanted = new HashSet<>();
        for (Row row : rows) {
            var node = row.data().get("branchExternalId");
            if (node != null && !node.isNull()) {
                String key = node.asText().trim();
                if (!branchByExternalId.containsKey(key)) {
                    wanted.add(key);
                }
            }
        }
        byKeys(connection, "select external_id, id from organizations where external_id = any(?)", wanted,
                found -> branchByExternalId.put(found.getString(1), found.getObject(2, UUID.class)));
    }

    /** The chunk's external ids that a stored record has, in one query on the reading thread's connection. */
    private static void storedOf(Connection connection, List<Row> rows, Set<String> stored) throws SQLException {
        Set<String> keys = new HashSet<>();
        for (Row row : rows) {
            String key = RowHandler.externalId(row.data());
            if (key != null) {
                keys.add(key);
            }
        }
        byKeys(connection, "select m.external_id from unnest(cast(? as varchar[])) k"
                + " join meetings m on m.external_id = k", keys, found -> stored.add(found.getString(1)));
    }

    /** One row of a JDBC result. */
    private interface ResultRow {
        void accept(ResultSet row) throws SQLException;
    }

    /** Runs {@code sql} with the keys as its one array parameter (nothing when there are none), row by row. */
    private static void byKeys(Connection connection, String sql, Set<String> keys, ResultRow each)
            throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("varchar", keys.toArray()));
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    each.accept(found);
                }
            }
        }
    }
}
