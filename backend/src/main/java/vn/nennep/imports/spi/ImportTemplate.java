package vn.nennep.imports.spi;

import java.util.List;

/**
 * A resource's CSV template: the file's suggested name (without {@code .csv}), the Vietnamese header row its columns
 * accept, and one example row that imports cleanly once the records it names exist (an empty cell is an absent field).
 * Examples name other records by the sample external ids below and people by obviously sample names ("Nguyễn Văn
 * Mẫu"), so that the templates of the five resources fit together.
 */
public record ImportTemplate(String name, List<String> headers, List<String> example) {

    /** The sample external ids the example rows refer to: the branch, its commune, a department, a briefing… */
    public static final String BRANCH = "MAU-CB-01";
    public static final String COMMUNE = "MAU-DU-01";
    public static final String DEPARTMENT = "MAU-PHONG-01";
    public static final String BRIEFING = "MAU-GB-01";
    public static final String RESOLUTION = "MAU-NQ-01";
    public static final String TARGET = "MAU-CT-01";
}
