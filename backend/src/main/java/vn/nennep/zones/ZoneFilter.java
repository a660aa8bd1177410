package vn.nennep.zones;

import jakarta.ws.rs.QueryParam;

public class ZoneFilter {
    @QueryParam("q")
    public String q;
    @QueryParam("districtId")
    public String districtId;
    @QueryParam("externalId")
    public String externalId;
}
