package vn.nennep.resolutions;

import jakarta.ws.rs.QueryParam;

public class TargetFilter {
    @QueryParam("metric")
    public String metric;
    @QueryParam("externalId")
    public String externalId;
}
