package vn.nennep.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.nennep.audit.HistoryDiff.changes;
import static vn.nennep.audit.HistoryDiff.personal;
import static vn.nennep.audit.HistoryDiff.state;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nennep.common.PersonalValue;

class HistoryDiffTest {

    private static final UUID ZONE = UUID.fromString("6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10");

    enum Status {
        FULL
    }

    @Test
    void rendersValuesAsTheApiShowsThem() {
        assertEquals(Map.of("id", ZONE.toString(), "status", "FULL", "joinedOn", "2015-05-19", "count", 3,
                        "exempt", true, "ids", List.of(ZONE.toString())),
                state("id", ZONE, "status", Status.FULL, "joinedOn", LocalDate.of(2015, 5, 19), "count", 3,
                        "exempt", true, "ids", List.of(ZONE)));
        assertThrows(IllegalArgumentException.class, () -> state("name"));
    }

    @Test
    void aCreationSetsEveryFieldThatHasAValue() {
        assertEquals(List.of(new FieldChange("name", null, "Chi bộ 1"), new FieldChange("rosterCount", null, 0)),
                changes(Map.of(), state("name", "Chi bộ 1", "zoneId", null, "rosterCount", 0)));
    }

    @Test
    void anUpdateListsOnlyWhatChangedInTheStatesOrder() {
        assertEquals(List.of(new FieldChange("name", "Cũ", "Mới"), new FieldChange("zoneId", ZONE.toString(), null)),
                changes(state("name", "Cũ", "zoneId", ZONE, "code", "A"),
                        state("name", "Mới", "zoneId", null, "code", "A")));
        assertEquals(List.of(), changes(state("name", "Như cũ"), state("name", "Như cũ")));
    }

    @Test
    void aDeletionClearsEveryField() {
        assertEquals(List.of(new FieldChange("name", "Khu 1", null), new FieldChange("ids", List.of("a"), null)),
                changes(state("name", "Khu 1", "headName", null, "ids", List.of("a")), Map.of()));
    }

    @Test
    void anEmptyListIsNoListButEmptyingOneIsAChange() {
        assertEquals(List.of(), changes(Map.of(), state("ids", List.of())));
        assertEquals(List.of(new FieldChange("ids", List.of("a"), List.of())),
                changes(state("ids", List.of("a")), state("ids", List.of())));
    }

    @Test
    void aNameIsKeptWithWhatTheOthersSeeAndChangesOnlyWhenTheNameReadersViewDoes() {
        assertEquals(new PersonalValue(List.of("Lê Văn A [ECONOMY]: Làm đường"), List.of("[ECONOMY]: Làm đường")),
                personal(List.of("Lê Văn A [ECONOMY]: Làm đường"), List.of("[ECONOMY]: Làm đường")));
        assertEquals(List.of(new FieldChange("chair", null, new PersonalValue("Lê Văn B", null))),
                changes(state("chair", personal(null)), state("chair", personal("Lê Văn B"))));
        assertEquals(List.of(), changes(Map.of(), state("chair", personal(null), "guests", personal(List.of()))));
        assertEquals(List.of(), changes(state("chair", personal("Lê Văn B")), state("chair", personal("Lê Văn B"))));
    }
}
