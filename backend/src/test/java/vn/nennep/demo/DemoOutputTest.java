package vn.nennep.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.nennep.auth.Role;
import vn.nennep.demo.DemoProgress.Part;

/** What the newcomer reads while the demo loads and once it has: progress lines, then the accounts as a table. */
class DemoOutputTest {

    @Test
    void progressSaysEachPartAndEveryFewSecondsHowManyRecords() {
        List<String> lines = new ArrayList<>();
        AtomicLong now = new AtomicLong();
        DemoProgress progress = new DemoProgress(lines::add, now::get);
        progress.begin(Part.DISTRICT);
        progress.begin(Part.MEETINGS);
        for (int done = 1; done <= 6000; done++) {
            now.addAndGet(TimeUnit.MILLISECONDS.toNanos(4)); // 24 s for the meetings
            progress.written(Part.MEETINGS, done, 6000);
        }
        progress.begin(Part.RECOMMENDATIONS);
        assertEquals("Đang tạo dữ liệu mẫu: 0 % (tổ chức đảng, đảng viên)… | Loading the demo data: 0% "
                + "(the party tree, members)…", lines.get(0));
        assertEquals("Đang tạo dữ liệu mẫu: 30 % (biên bản sinh hoạt 750/6.000)… | Loading the demo data: 30% "
                + "(meeting records 750/6,000)…", lines.get(2));
        assertEquals(2 + 8 + 1, lines.size(), "a line every 3 s, not one per record: " + lines);
        assertTrue(lines.get(lines.size() - 1).startsWith("Đang tạo dữ liệu mẫu: 61 % (giao ban, kiến nghị)"));
        progress.begin(Part.TRIEU_SON);
        assertEquals("Đang tạo dữ liệu mẫu: 67 % (huyện Triệu Sơn: tổ chức đảng, tài khoản, học tập nghị quyết,"
                + " kiểm tra)… | Loading the demo data: 67% (the Triệu Sơn district: party tree, accounts, studies,"
                + " inspections)…",
                lines.get(lines.size() - 1), "the second district, last");
    }

    @Test
    void theAccountsAreATableWithItsColumnsAligned() {
        String table = DemoData.accountsTable(List.of(
                new DemoDistrict.Account("quantri", Role.SYSTEM_ADMIN, "Abc123def456", "toàn hệ thống / everything"),
                new DemoDistrict.Account("phongnongnghiep", Role.RESPONDER, "Xyz789uvw012", "kiến nghị / answers")));
        List<String> lines = table.lines().toList();
        assertTrue(lines.get(0).startsWith("Tài khoản mẫu: mật khẩu chỉ in lần này"), lines.get(0));
        assertEquals("", lines.get(1));
        assertEquals(List.of(
                "  Tên đăng nhập    Vai trò       Mật khẩu      Thấy và làm được",
                "  Username         Role          Password      Sees and changes",
                "  ---------------  ------------  ------------  ----------------",
                "  quantri          SYSTEM_ADMIN  Abc123def456  toàn hệ thống / everything",
                "  phongnongnghiep  RESPONDER     Xyz789uvw012  kiến nghị / answers"), lines.subList(2, lines.size()));
    }
}
