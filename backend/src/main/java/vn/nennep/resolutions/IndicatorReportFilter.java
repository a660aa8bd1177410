package vn.nennep.resolutions;

import jakarta.ws.rs.QueryParam;

public class IndicatorReportFilter {
    @QueryParam("organizationId")
    public String organizationId;
    @QueryParam("status")
    public String status;
    @QueryParam("externalId")
    public String externalId;
}
