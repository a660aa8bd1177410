package vn.nennep.imports;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.nennep.imports.ImportWorld.CSV;
import static vn.nennep.imports.ImportWorld.CSV_HEADER;
import static vn.nennep.imports.ImportWorld.post;
import static vn.nennep.imports.ImportWorld.utf8;
import static vn.nennep.support.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 10,000 failing rows: every one reported, and nothing already stored is lost or changed. */
@QuarkusTest
class ImportManyFailuresTest {

    @Test
    void tenThousandFailingRowsAreAllReportedAndStoredRecordsStayAsTheyWere() {
        ImportWorld w = new ImportWorld();
        post("meetings", null, CSV, utf8(w.csvRows("OK", 20))).statusCode(200).body("created", equalTo(20));
        Map<String, Object> before = api().get("/api/v1/meetings?withinId={b}&size=200", w.branchA).then()
                .statusCode(200).body("totalItems", equalTo(20)).extract().jsonPath().getMap("$");

        StringBuilder bad = new StringBuilder(CSV_HEADER);
        for (int i = 0; i < 20; i++) {
            // The stored records again, each with counts that do not add up.
            bad.append(w.csvLine(w.key("OK" + i), w.branchAKey, 24, 5, 2, 0, 1));
        }
        for (int i = 0; i < 9_980; i++) {
            bad.append(w.csvLine(w.key("BAD" + i), w.branchAKey, 24, 21 + i % 3 + 1, 2, 0, 1));
        }
        List<Integer> rows = post("meetings", null, CSV, utf8(bad.toString())).statusCode(200)
                .body("total", equalTo(10_000)).body("failed", equalTo(10_000)).body("created", equalTo(0))
                .body("updated", equalTo(0)).body("errors", hasSize(10_000))
                .extract().jsonPath().getList("errors.row", Integer.class);
        assertEquals(1, rows.get(0));
        assertEquals(10_000, rows.get(9_999));
        Map<String, Object> after = api().get("/api/v1/meetings?withinId={b}&size=200", w.branchA).then()
                .statusCode(200).extract().jsonPath().getMap("$");
        assertEquals(before, after);
    }
}
