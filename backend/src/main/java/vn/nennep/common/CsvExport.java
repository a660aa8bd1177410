package vn.nennep.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A list answered as CSV ({@code Accept: text/csv}) rather than as a JSON page: every row of the filtered list, of one
 * flat record type whose JSON properties are the columns, in declaration order, named as in the JSON (so that an
 * export can be imported back). Lists in a row are joined with "; ". Written by {@link CsvWriter}; a list resource
 * answers it when {@link #wanted} says the client asked for CSV, the JSON page otherwise.
 *
 * @param filename the suggested file name, without extension
 */
public record CsvExport<T>(Class<T> type, List<T> rows, String filename) {

    /** The most rows one export answers; more is a 400 asking to narrow the filter. */
    public static final int LIMIT = 10_000;

    /**
     * Every row of a list, read page by page through the list's own query ({@code list}: the same filters, scope and
     * order as the JSON pages; {@code page} and {@code size} of the request do not apply). More than {@link #LIMIT}
     * rows is a 400 naming {@code size}.
     */
    public static <T> CsvExport<T> of(Class<T> type, String filename, ListParams paging,
            Function<ListParams, PageResponse<T>> list) {
        List<T> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            ListParams params = new ListParams();
            params.page = Integer.toString(page);
            params.size = Integer.toString(PageQuery.MAX_SIZE);
            params.sort = paging.sort;
            params.updatedSince = paging.updatedSince;
            PageResponse<T> answer = list.apply(params);
            if (answer.totalItems() > LIMIT) {
                throw new BadParameter("size", "export.tooMany", answer.totalItems(), LIMIT);
            }
            rows.addAll(answer.items());
            if (answer.items().size() < PageQuery.MAX_SIZE || rows.size() >= answer.totalItems()) {
                return new CsvExport<>(type, rows, filename);
            }
        }
    }

    /**
     * A list resource's answer: with {@code Accept: text/csv} every row of {@code list} as CSV ({@link #of}),
     * otherwise the JSON page {@code paging} asks for.
     */
    public static <T> Response pageOrCsv(HttpHeaders headers, Class<T> type, String filename, ListParams paging,
            Function<ListParams, PageResponse<T>> list) {
        if (wanted(headers)) {
            return Response.ok(of(type, filename, paging, list), CsvWriter.MEDIA_TYPE).build();
        }
        return Response.ok(list.apply(paging), MediaType.APPLICATION_JSON).build();
    }

    /** Whether the client asked for CSV rather than JSON (CSV acceptable and preferred over JSON). */
    public static boolean wanted(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                return true;
            }
        }
        return false;
    }
}
