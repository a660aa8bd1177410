package vn.nennep.common;

import jakarta.ws.rs.QueryParam;

/** The query parameters every list takes: paging, sorting and {@code updatedSince}. Read as text, parsed by us. */
public class ListParams {
    @QueryParam("page")
    public String page;
    @QueryParam("size")
    public String size;
    @QueryParam("sort")
    public java.util.List<String> sort;
    @QueryParam("updatedSince")
    public String updatedSince;
}
