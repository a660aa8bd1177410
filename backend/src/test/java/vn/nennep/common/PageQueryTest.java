package vn.nennep.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.panache.common.Sort;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageQueryTest {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "fullName", "fullName",
            "createdAt", "createdAt");

    private static ListParams params(String page, String size, String... sort) {
        ListParams params = new ListParams();
        params.page = page;
        params.size = size;
        params.sort = sort.length == 0 ? null : List.of(sort);
        return params;
    }

    private static PageQuery parse(ListParams params) {
        return PageQuery.parse(params, SORTABLE, "name");
    }

    private static List<String> columns(PageQuery query) {
        return query.sort().getColumns().stream().map(c -> c.getName() + " " + c.getDirection()).toList();
    }

    private static BadParameter rejected(ListParams params) {
        return assertThrows(BadParameter.class, () -> parse(params));
    }

    @Test
    void defaultsToTheFirstPageOfFiftySortedByTheDefaultFieldThenId() {
        PageQuery query = parse(params(null, null));
        assertEquals(0, query.page());
        assertEquals(50, query.size());
        assertThat(columns(query), contains("name Ascending", "id Ascending"));
        assertEquals(0, query.panachePage().index);
        assertEquals(50, query.panachePage().size);

        ListParams empty = params(" ", "");
        empty.sort = List.of();
        assertThat(columns(parse(empty)), contains("name Ascending", "id Ascending"));
    }

    @Test
    void acceptsSizesFromOneToTwoHundred() {
        assertEquals(1, parse(params("3", "1")).size());
        assertEquals(200, parse(params(null, "200")).size());
        assertEquals(3, parse(params("3", "1")).page());
    }

    @Test
    void rejectsSizesOutsideTheRangeNamingSize() {
        for (String size : List.of("0", "201", "-1", "ten")) {
            BadParameter e = rejected(params(null, size));
            assertEquals(ProblemKind.BAD_REQUEST, e.kind());
            assertEquals("size", e.violations().get(0).field(), size);
        }
        assertEquals("error.param.range", rejected(params(null, "201")).violations().get(0).key());
        assertEquals("page", rejected(params("-1", null)).violations().get(0).field());
    }

    @Test
    void rejectsAnUnknownSortFieldNamingTheAllowedOnes() {
        BadParameter e = rejected(params(null, null, "password,asc"));
        var violation = e.violations().get(0);
        assertEquals("sort", violation.field());
        assertEquals("error.sort.field", violation.key());
        assertEquals("password", violation.args()[0]);
        String allowed = (String) violation.args()[1];
        assertThat(allowed, containsString("name"));
        assertThat(allowed, containsString("fullName"));
        assertThat(allowed, containsString("createdAt"));
        assertEquals("sort", rejected(params(null, null, "name,asc,desc")).violations().get(0).field());
        assertEquals("sort", rejected(params(null, null, "id")).violations().get(0).field());
    }

    @Test
    void rejectsAnUnknownDirection() {
        var violation = rejected(params(null, null, "name,up")).violations().get(0);
        assertEquals("sort", violation.field());
        assertEquals("error.sort.direction", violation.key());
    }

    @Test
    void sortsDescendingOnRequest() {
        assertThat(columns(parse(params(null, null, "name,desc"))), contains("name Descending", "id Ascending"));
        assertThat(columns(parse(params(null, null, "name,DESC"))), contains("name Descending", "id Ascending"));
        assertThat(columns(parse(params(null, null, "name,asc"))), contains("name Ascending", "id Ascending"));
    }

    @Test
    void combinesSeveralSortParametersInOrder() {
        PageQuery query = parse(params(null, null, "createdAt,desc", "fullName"));
        assertThat(columns(query), contains("createdAt Descending", "fullName Ascending", "id Ascending"));
        assertThat(query.sort().getColumns().get(0).getDirection(), equalTo(Sort.Direction.Descending));
    }
}
