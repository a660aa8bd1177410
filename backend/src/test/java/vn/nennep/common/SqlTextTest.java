package vn.nennep.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A query is read without its header comment, and every slot is filled explicitly or the text is refused. */
class SqlTextTest {

    private static final String BRANCHES = "branches as (select id from organizations where type = 'BRANCH')";

    @Test
    void readsTheFileBesideItsOwnerWithoutTheHeaderComment() {
        SqlText example = SqlText.load(SqlTextTest.class, "sql-text-example.sql");
        assertEquals("vn/nennep/common/sql-text-example.sql", example.name());
        assertEquals("with {{branches}}\nselect id from branches\norder by {{order}}", example.text());
        assertEquals(List.of("branches", "order"), List.copyOf(example.slots()));
        assertThrows(IllegalStateException.class, () -> SqlText.load(SqlTextTest.class, "no-such-query.sql"));
    }

    @Test
    void slotsAreFilledByName() {
        SqlText example = SqlText.load(SqlTextTest.class, "sql-text-example.sql").fill("branches", BRANCHES);
        assertEquals(Set.of("order"), example.slots());
        assertEquals("with " + BRANCHES + "\nselect id from branches\norder by id",
                example.leaving("order").fill("order", "id").complete());
        SqlText twice = new SqlText("twice", "select {{n}}, {{n}}");
        assertEquals("select 1, 1", twice.fill("n", "1").complete());
        assertEquals("select 2, 2", twice.fill("n", new SqlText("fragment", "2")).complete());
    }

    @Test
    void aSlotLeftOrMisspeltIsRefused() {
        SqlText example = SqlText.load(SqlTextTest.class, "sql-text-example.sql");
        IllegalStateException left = assertThrows(IllegalStateException.class,
                () -> example.fill("branches", BRANCHES).complete());
        assertTrue(left.getMessage().contains("[order]"), left.getMessage());
        assertThrows(IllegalStateException.class, () -> example.fill("branch", BRANCHES));
        assertThrows(IllegalStateException.class, () -> example.leaving("order"));
        assertThrows(IllegalStateException.class,
                () -> new SqlText("fragment", "a {{slot}}").fill("slot", new SqlText("inner", "{{left}}")));
    }
}
