package vn.nennep.conferences;

import jakarta.ws.rs.QueryParam;

/** Filters of GET /conferences, read as text and parsed by the service so errors name the parameter. */
public class ConferenceFilter {
    @QueryParam("q")
    public String q;
    @QueryParam("organizerId")
    public String organizerId;
    @QueryParam("withinId")
    public String withinId;
    @QueryParam("kind")
    public String kind;
    @QueryParam("status")
    public String status;
    @QueryParam("heldFrom")
    public String heldFrom;
    @QueryParam("heldTo")
    public String heldTo;
    @QueryParam("externalId")
    public String externalId;
}
