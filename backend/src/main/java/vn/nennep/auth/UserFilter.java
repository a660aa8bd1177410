package vn.nennep.auth;

import jakarta.ws.rs.QueryParam;

public class UserFilter {
    @QueryParam("q")
    public String q;
    @QueryParam("role")
    public String role;
    @QueryParam("organizationId")
    public String organizationId;
}
