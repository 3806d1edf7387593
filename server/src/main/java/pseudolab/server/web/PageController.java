package pseudolab.server.web;

import io.javalin.http.Context;
import java.io.InputStream;
import pseudolab.server.ServerException;

/** Serves the competition page for {@code /competitions/{slug}} (the page reads the slug from its URL). */
public final class PageController {
    private static final String COMPETITION_PAGE = "web/competition.html";

    public void competition(Context ctx) {
        InputStream page = PageController.class.getClassLoader().getResourceAsStream(COMPETITION_PAGE);
        if (page == null) {
            throw new ServerException(404, "the competition page is not installed");
        }
        ctx.contentType("text/html; charset=utf-8").result(page);
    }
}
