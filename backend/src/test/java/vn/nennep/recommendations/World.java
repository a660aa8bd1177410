package vn.nennep.recommendations;

import static vn.nennep.support.Fixtures.code;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.nennep.common.Time;
import vn.nennep.support.Fixtures;

/**
 * A district of its own for one test: two communes in one zone, a branch of each, a department, and a briefing held on
 * the 7th of last month, hosted by the first commune; accounts of each role, signed in when first asked for.
 */
final class World {

    /** The 7th of last month (Asia/Ho_Chi_Minh): a briefing that has taken place. */
    static final LocalDate LAST_MONTH = LocalDate.now(Time.LOCAL).minusMonths(1).withDayOfMonth(7);

    final String district = Fixtures.district(code("Huyện Gia Lộc"));
    final String commune = Fixtures.grassroots(district, "Đảng bộ xã Gia Tân");
    final String otherCommune = Fixtures.grassroots(district, "Đảng bộ xã Gia Khánh");
    final String branch = Fixtures.branch(commune, "Chi bộ thôn Đông Cận");
    final String otherBranch = Fixtures.branch(otherCommune, "Chi bộ thôn Lê Xá");
    final String department = Fixtures.create("DEPARTMENT", "Phòng Nông nghiệp và PTNT", district);
    final String zone = Fixtures.zone(district, code("Khu"), List.of(commune, otherCommune));
    final String briefing = Fixtures.briefing(zone, commune, LAST_MONTH.toString());
    private final Map<String, String> tokens = new HashMap<>();

    /** The district office's token. */
    String office() {
        return token("DISTRICT_OFFICE", district);
    }

    /** The branch secretary's token (the branch of the first commune). */
    String secretary() {
        return token("BRANCH_SECRETARY", branch);
    }

    String otherSecretary() {
        return token("BRANCH_SECRETARY", otherBranch);
    }

    /** The first commune's officer. */
    String communeOfficer() {
        return token("GRASSROOTS_OFFICER", commune);
    }

    String otherCommuneOfficer() {
        return token("GRASSROOTS_OFFICER", otherCommune);
    }

    /** The department's responder. */
    String responder() {
        return token("RESPONDER", department);
    }

    String inspector() {
        return token("INSPECTOR", district);
    }

    /** A recommendation of the branch to the department, raised by the branch secretary. */
    String toDepartment() {
        return raise(secretary(), branch, department);
    }

    /** A recommendation of the branch to its own commune. */
    String toCommune() {
        return raise(secretary(), branch, commune);
    }

    String raise(String token, String raisedBy, String addressee) {
        return vn.nennep.support.Api.as(token).body(Fixtures.recommendationBody(briefing, raisedBy, addressee))
                .post("/api/v1/recommendations").then().statusCode(201).extract().path("id");
    }

    private String token(String role, String organization) {
        return tokens.computeIfAbsent(role + organization, k -> Fixtures.tokenFor(role, organization));
    }
}
