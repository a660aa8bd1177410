package vn.nennep.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * A list answered as CSV ({@code Accept: text/csv}) rather than as a JSON page: every row of the filtered list, of one
 * flat record type whose JSON properties are the columns, in declaration order, named as in the JSON (so that an
 * export can be imported back). Lists in a row are joined with "; ". Written by {@link CsvWriter}; a list resource
 * answers it when {@link #wanted} says the client asked for CSV, the JSON page otherwise.
 *
 * @param filename the suggested file name, without extension
 */
public record CsvExport<T>(Class<T> type, List<T> rows, String filename) {

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
