package vn.nennep.imports;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CSV headers: the API's field names, or their Vietnamese aliases, compared ignoring case, diacritics, spaces and
 * punctuation ("Mã ngoài", "ma ngoai" and "MÃ_NGOÀI" are all {@code externalId}). A header that is neither is kept
 * as written, and the row's binding reports it like an unknown JSON field.
 */
final class ImportHeaders {

    private static final Map<String, String> COMMON = Map.of(
            "mangoai", "externalId", "madinhdanhngoai", "externalId");

    private static final Map<String, Map<String, String>> ALIASES = Map.of(
            "organizations", Map.ofEntries(
                    Map.entry("ma", "code"), Map.entry("maso", "code"), Map.entry("ten", "name"),
                    Map.entry("tentochuc", "name"), Map.entry("loai", "type"), Map.entry("captren", "parentId"),
                    Map.entry("captrenmangoai", "parentExternalId"), Map.entry("machatren", "parentId"),
                    Map.entry("sodangvien", "memberCount")),
            "members", Map.ofEntries(
                    Map.entry("hoten", "fullName"), Map.entry("hovaten", "fullName"), Map.entry("ten", "fullName"),
                    Map.entry("tinhtrang", "status"), Map.entry("loaidangvien", "status"),
                    Map.entry("mien", "exempt"), Map.entry("miensinhhoat", "exempt"),
                    Map.entry("lydomien", "exemptReason"), Map.entry("ngayvaodang", "joinedOn"),
                    Map.entry("chibo", "organizationId"), Map.entry("chibomangoai", "organizationExternalId")),
            "meetings", Map.ofEntries(
                    Map.entry("chibo", "branchId"), Map.entry("chibomangoai", "branchExternalId"),
                    Map.entry("loai", "kind"), Map.entry("loaisinhhoat", "kind"), Map.entry("chuyende", "theme"),
                    Map.entry("noidung", "topic"), Map.entry("dukien", "scheduledAt"),
                    Map.entry("batdau", "startedAt"), Map.entry("ketthuc", "endedAt"),
                    Map.entry("dadienra", "held"), Map.entry("chutri", "chair"), Map.entry("thuky", "minuteTaker"),
                    Map.entry("tongsodangvien", "membersTotal"), Map.entry("comat", "present"),
                    Map.entry("vangcolydo", "excused"), Map.entry("vangkhonglydo", "unexcused"),
                    Map.entry("mien", "exempt"), Map.entry("miensinhhoat", "exempt"),
                    Map.entry("ketluan", "conclusions"), Map.entry("gopchung", "combined"),
                    Map.entry("diemnhan", "pilot"), Map.entry("tanthanh", "vote.inFavour"),
                    Map.entry("sobieuquyet", "vote.voters"), Map.entry("guiduthao", "draftSentOn"),
                    Map.entry("baocaonghiquyet", "resolutionReportedOn")),
            "recommendations", Map.ofEntries(
                    Map.entry("giaoban", "briefingId"), Map.entry("giaobanmangoai", "briefingExternalId"),
                    Map.entry("noineu", "raisedById"), Map.entry("noineumangoai", "raisedByExternalId"),
                    // As first (mis)spelled: kept so that files written for it still import.
                    Map.entry("noneu", "raisedById"), Map.entry("noneumangoai", "raisedByExternalId"),
                    Map.entry("noinhan", "addresseeId"), Map.entry("noinhanmangoai", "addresseeExternalId"),
                    Map.entry("linhvuc", "field"), Map.entry("tieude", "title"), Map.entry("noidung", "content"),
                    Map.entry("hantraloi", "dueOn")),
            "indicator-reports", Map.ofEntries(
                    Map.entry("nghiquyet", "resolutionId"), Map.entry("nghiquyetmangoai", "resolutionExternalId"),
                    Map.entry("chitieu", "targetId"), Map.entry("chitieumangoai", "targetExternalId"),
                    Map.entry("tochuc", "organizationId"), Map.entry("tochucmangoai", "organizationExternalId"),
                    Map.entry("tungay", "periodStart"), Map.entry("denngay", "periodEnd"),
                    Map.entry("giatri", "value"), Map.entry("minhchung", "evidence")));

    /** The API's own names per resource, so that "EXTERNAL_ID" or "external id" finds {@code externalId}. */
    private static final Map<String, List<String>> NAMES = Map.of(
            "organizations", List.of("externalId", "code", "name", "type", "parentId", "parentExternalId",
                    "memberCount"),
            "members", List.of("externalId", "fullName", "status", "exempt", "exemptReason", "joinedOn",
                    "organizationId", "organizationExternalId"),
            "meetings", List.of("externalId", "branchId", "branchExternalId", "kind", "theme", "topic",
                    "scheduledAt", "startedAt", "endedAt", "held", "chair", "minuteTaker", "membersTotal", "present",
                    "excused", "unexcused", "exempt", "conclusions", "draftSentOn", "resolutionReportedOn", "pilot",
                    "combined", "vote.inFavour", "vote.voters"),
            "recommendations", List.of("externalId", "briefingId", "briefingExternalId", "raisedById",
                    "raisedByExternalId", "addresseeId", "addresseeExternalId", "field", "title", "content", "dueOn"),
            "indicator-reports", List.of("externalId", "resolutionId", "resolutionExternalId", "targetId",
                    "targetExternalId", "organizationId", "organizationExternalId", "periodStart", "periodEnd",
                    "value", "evidence"));

    private ImportHeaders() {
    }

    /** Each header's path in the row object ({@code vote.inFavour} is {@code ["vote", "inFavour"]}). */
    static String[][] paths(String resource, String[] headers) {
        Map<String, String> known = new HashMap<>();
        NAMES.getOrDefault(resource, List.of()).forEach(name -> known.put(key(name), name));
        COMMON.forEach(known::put);
        known.putAll(ALIASES.getOrDefault(resource, Map.of()));
        String[][] paths = new String[headers.length][];
        for (int i = 0; i < headers.length; i++) {
            String header = headers[i] == null ? "" : headers[i].trim();
            if (header.isEmpty()) {
                continue;
            }
            String name = known.getOrDefault(key(header), header);
            paths[i] = name.split("\\.");
        }
        return paths;
    }

    /** The columns a CSV of this resource cannot do without (a missing one refuses the file). */
    static List<String> required(String resource) {
        return switch (resource) {
            case "meetings" -> List.of("externalId", "kind");
            case "members" -> List.of("externalId", "fullName", "status");
            case "organizations" -> List.of("externalId", "code", "name", "type");
            case "recommendations" -> List.of("externalId", "field", "title", "content");
            default -> List.of("externalId", "periodStart", "periodEnd", "value", "evidence");
        };
    }

    /** Lower case, no diacritics (đ as d), letters and digits only. */
    static String key(String text) {
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[^a-z0-9]", "");
    }
}
