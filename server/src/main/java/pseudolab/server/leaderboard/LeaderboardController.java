package pseudolab.server.leaderboard;

import io.javalin.http.Context;
import pseudolab.server.auth.Authenticator;

/** HTTP for leaderboards (JSON and CSV), the shake-up and the strategy comparison. */
public final class LeaderboardController {
    private final LeaderboardService service;
    private final Authenticator auth;

    public LeaderboardController(LeaderboardService service, Authenticator auth) {
        this.service = service;
        this.auth = auth;
    }

    public void json(Context ctx) {
        json(ctx, service.boardJson(ctx.pathParam("slug"), ctx.queryParam("board"), auth.caller(ctx)));
    }

    public void csv(Context ctx) {
        String board = ctx.queryParam("board") == null ? "public" : ctx.queryParam("board");
        String csv = service.csv(ctx.pathParam("slug"), board, auth.caller(ctx));
        ctx.contentType("text/csv; charset=utf-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + ctx.pathParam("slug") + "-" + board + ".csv\"")
                .result(csv);
    }

    public void shakeup(Context ctx) {
        json(ctx, service.shakeupJson(ctx.pathParam("slug"), auth.caller(ctx)));
    }

    public void comparison(Context ctx) {
        json(ctx, service.comparisonJson(ctx.pathParam("slug"), auth.caller(ctx)));
    }

    private static void json(Context ctx, byte[] rendered) {
        ctx.contentType("application/json").result(rendered);
    }
}
