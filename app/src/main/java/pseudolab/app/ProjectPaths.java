package pseudolab.app;

import java.nio.file.Path;

/** Where the repository's folders are: the launcher passes -Dpseudolab.root, otherwise the working directory. */
public record ProjectPaths(Path root) {

    /** The paths of the checkout this process runs from. */
    public static ProjectPaths current() {
        return new ProjectPaths(Path.of(System.getProperty("pseudolab.root", "."))
                .toAbsolutePath()
                .normalize());
    }

    public Path datasets() {
        return root.resolve("datasets");
    }

    public Path submissions() {
        return root.resolve("submissions");
    }
}
