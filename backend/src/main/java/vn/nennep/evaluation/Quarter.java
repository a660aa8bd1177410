package vn.nennep.evaluation;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.nennep.common.BadParameter;

/** A calendar quarter as the scorecard's {@code quarter} parameter writes it: {@code 2024-Q1}. */
public record Quarter(int year, int number) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    /** {@code YYYY-Qn}, blanks around it ignored; otherwise a 400 naming the parameter {@code name}. */
    public static Quarter parse(String name, String value) {
        Matcher matcher = value == null ? null : FORMAT.matcher(value.trim());
        if (matcher == null || !matcher.matches()) {
            throw new BadParameter(name, "report.param.quarter", value == null ? "" : value);
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** Its first local day. */
    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    @Override
    public String toString() {
        return String.format("%04d-Q%d", year, number);
    }
}
