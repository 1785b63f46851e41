package org.huixiang.common.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where seed files are read from: a folder on disk, or the copy packaged on the classpath. */
public interface SeedSource {

    /** Opens a seed file by its name, e.g. {@code units.yaml}. */
    InputStream open(String file) throws IOException;

    /** A human-readable location of a file, used in error messages. */
    String describe(String file);

    static SeedSource directory(Path dir) {
        return new SeedSource() {
            @Override
            public InputStream open(String file) throws IOException {
                return Files.newInputStream(dir.resolve(file));
            }

            @Override
            public String describe(String file) {
                return dir.resolve(file).toString();
            }
        };
    }

    static SeedSource classpath() {
        return new SeedSource() {
            @Override
            public InputStream open(String file) throws IOException {
                InputStream in = Seeds.class.getClassLoader().getResourceAsStream("seeds/" + file);
                if (in == null) {
                    throw new NoSuchFileException("classpath:seeds/" + file);
                }
                return in;
            }

            @Override
            public String describe(String file) {
                return "classpath:seeds/" + file;
            }
        };
    }
}
