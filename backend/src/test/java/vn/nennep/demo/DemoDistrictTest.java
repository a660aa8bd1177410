package vn.nennep.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DemoDistrictTest {

    @Test
    void codesAreAsciiWithoutDiacritics() {
        assertEquals("DONGLAC", DemoDistrict.ascii("Đồng Lạc"));
        assertEquals("TTNAMSACH", DemoDistrict.ascii("TT Nam Sách"));
        assertEquals("BTCHU", DemoDistrict.initials("Ban Tổ chức Huyện ủy"));
        assertEquals("PLDTBVXH", DemoDistrict.initials("Phòng Lao động - Thương binh và Xã hội"));
    }
}
