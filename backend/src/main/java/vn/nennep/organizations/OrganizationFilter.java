package vn.nennep.organizations;

import jakarta.ws.rs.QueryParam;

/** Filters of GET /organizations, read as text and parsed by the service so errors name the parameter. */
public class OrganizationFilter {
    @QueryParam("q")
    public String q;
    @QueryParam("type")
    public String type;
    @QueryParam("parentId")
    public String parentId;
    @QueryParam("withinId")
    public String withinId;
    @QueryParam("zoneId")
    public String zoneId;
    @QueryParam("externalId")
    public String externalId;
}
