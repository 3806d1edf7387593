package pseudolab.server.competition;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pseudolab.server.ServerException;
import pseudolab.server.auth.Authenticator;

/** HTTP for competitions: list, details, public downloads, creation and closing (admin). */
public final class CompetitionController {
    private final CompetitionService service;
    private final Authenticator auth;

    public CompetitionController(CompetitionService service, Authenticator auth) {
        this.service = service;
        this.auth = auth;
    }

    public void list(Context ctx) {
        ctx.json(service.list());
    }

    public void get(Context ctx) {
        ctx.json(service.view(ctx.pathParam("slug")));
    }

    public void file(Context ctx) throws IOException {
        Path file = service.publicFile(ctx.pathParam("slug"), ctx.pathParam("name"));
        ctx.contentType(file.getFileName().toString().endsWith(".csv") ? "text/csv" : "application/octet-stream");
        ctx.header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"");
        ctx.result(Files.newInputStream(file));
    }

    public void create(Context ctx) {
        auth.requireAdmin(ctx);
        Map<String, List<UploadedFile>> uploads = ctx.uploadedFileMap();
        UploadedFile solution = single(uploads, "solution");
        if (solution == null) {
            throw new ServerException(400, "multipart field 'solution' (solution.csv) is missing");
        }
        List<NewFile> publicFiles = new ArrayList<>();
        uploads.forEach((field, files) -> {
            if (!field.equals("definition") && !field.equals("solution")) {
                single(uploads, field);
                files.forEach(f -> publicFiles.add(new NewFile(field, f.content())));
            }
        });
        NewFile solutionFile = new NewFile("solution.csv", solution.content());
        ctx.status(201).json(service.create(definition(ctx, uploads), solutionFile, publicFiles));
    }

    public void close(Context ctx) {
        auth.requireAdmin(ctx);
        ctx.json(service.close(ctx.pathParam("slug")));
    }

    private static byte[] definition(Context ctx, Map<String, List<UploadedFile>> uploads) {
        UploadedFile file = single(uploads, "definition");
        if (file != null) {
            try (var in = file.content()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String text = ctx.formParam("definition");
        if (text == null) {
            throw new ServerException(400, "multipart field 'definition' (competition.json) is missing");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static UploadedFile single(Map<String, List<UploadedFile>> uploads, String field) {
        List<UploadedFile> files = uploads.get(field);
        if (files != null && files.size() > 1) {
            throw new ServerException(400, "multipart field '" + field + "' appears " + files.size() + " times");
        }
        return files == null ? null : files.get(0);
    }
}
