package org.timelineexplorer.ui.pictures;

import javafx.scene.image.Image;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.io.PicturePaths;
import org.timelineexplorer.model.Picture;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * Reads pictures in the background, never on the JavaFX thread: a file beside the dataset (or inside the app or a
 * zip), or an image on the web. Every picture goes through the same limits before it is decoded: at most
 * {@link #MAX_BYTES} read (a web picture stops being read there), and a header that declares at most
 * {@link #MAX_SIDE} pixels a side. Decoded pictures are kept in a cache of at most {@link #CACHE_BYTES} of pixels,
 * the least recently shown going first. What goes wrong is a {@link Result} with one line of why, never an
 * exception.
 */
public final class PictureLoader {

    private static final Messages TEXTS = Messages.of(PictureLoader.class);

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_SIDE = 8_000;
    /** About a dozen large photographs: enough to step back and forth through a lesson without reading again. */
    static final long CACHE_BYTES = 256L * 1024 * 1024;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** How long a web server may take to start answering; a classroom network that slow shows the alt text. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    /** The one loader of the window, so that the detail pane and presentation share one cache. */
    private static final PictureLoader SHARED = new PictureLoader(CACHE_BYTES);

    /** A picture read, or why not: exactly one of the two. */
    public record Result(Image image, String problem) {
        static Result failed(String problem) {
            return new Result(null, problem);
        }
    }

    private final ExecutorService background = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "picture-loader");
        thread.setDaemon(true);
        return thread;
    });
    /** Made for the first web picture: a client loads about 500 classes (TLS among them), which the start skips. */
    private HttpClient web;
    private final long cacheBytes;
    private final Map<String, Image> cache = new LinkedHashMap<>(16, 0.75f, true);
    private long cachedBytes;

    PictureLoader(long cacheBytes) {
        this.cacheBytes = cacheBytes;
    }

    public static PictureLoader shared() {
        return SHARED;
    }

    /**
     * Reads {@code picture} in the background.
     *
     * @param datasetLocation where the dataset was read from, against which a file's path is found; may be null
     * @param webAllowed      asked when a web picture is to be fetched: false shows its alt text instead
     */
    public CompletableFuture<Result> load(Picture picture, URI datasetLocation, BooleanSupplier webAllowed) {
        return CompletableFuture.supplyAsync(() -> read(picture, datasetLocation, webAllowed), background);
    }

    private Result read(Picture picture, URI datasetLocation, BooleanSupplier webAllowed) {
        URI address;
        if (picture.isWeb()) {
            if (!webAllowed.getAsBoolean()) {
                return Result.failed(TEXTS.text("picture.web.off"));
            }
            address = picture.url();
        } else {
            Optional<URI> resolved = PicturePaths.resolve(datasetLocation, picture.file());
            if (resolved.isEmpty()) {
                return Result.failed(TEXTS.text("picture.no.folder", picture.file()));
            }
            address = resolved.get();
        }
        String key = address.toString();
        Image cached = cached(key);
        if (cached != null) {
            return new Result(cached, null);
        }
        try {
            byte[] bytes = picture.isWeb() ? fetch(address) : readLocal(address);
            if (bytes == null) {
                return Result.failed(TEXTS.text("picture.too.heavy", MAX_BYTES / (1024 * 1024)));
            }
            Optional<String> refusal = ImageHeader.refusal(bytes, MAX_SIDE);
            if (refusal.isPresent()) {
                return Result.failed(refusal.get());
            }
            Image image = new Image(new ByteArrayInputStream(bytes));
            if (image.isError() || image.getWidth() <= 0) {
                return Result.failed(TEXTS.text("picture.damaged"));
            }
            remember(key, image);
            return new Result(image, null);
        } catch (FileNotFoundException | NoSuchFileException e) {
            return Result.failed(TEXTS.text("picture.no.file", picture.file()));
        } catch (HttpConnectTimeoutException e) {
            return Result.failed(TEXTS.text("picture.web.silent", CONNECT_TIMEOUT.toSeconds()));
        } catch (HttpTimeoutException e) {
            return Result.failed(TEXTS.text("picture.web.slow", ANSWER_TIMEOUT.toSeconds()));
        } catch (IOException e) {
            return Result.failed(TEXTS.text("picture.unreadable", Optional.ofNullable(e.getMessage())
                    .orElse(e.getClass().getSimpleName())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.failed(TEXTS.text("picture.stopped"));
        } catch (RuntimeException e) {
            return Result.failed(TEXTS.text("picture.unreadable", e.getMessage()));
        }
    }

    /** The bytes of a file, a resource or a zip entry; null when there are more than {@link #MAX_BYTES}. */
    private static byte[] readLocal(URI address) throws IOException {
        try (InputStream in = address.toURL().openStream()) {
            return capped(in);
        }
    }

    private synchronized HttpClient web() {
        if (web == null) {
            web = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
        }
        return web;
    }

    /** The bytes of a web picture; null when its server says or sends more than {@link #MAX_BYTES}. */
    private byte[] fetch(URI address) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(address).timeout(ANSWER_TIMEOUT)
                .header("Accept", "image/*").GET().build();
        HttpResponse<InputStream> response = web().send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException(TEXTS.text("picture.web.status", response.statusCode()));
            }
            String type = response.headers().firstValue("Content-Type").orElse("image/");
            if (!type.startsWith("image/")) {
                throw new IOException(TEXTS.text("picture.web.type", type));
            }
            if (response.headers().firstValueAsLong("Content-Length").orElse(0) > MAX_BYTES) {
                return null;
            }
            return capped(in);
        }
    }

    /** Reads at most one byte more than the limit, so that a larger picture is known without reading it all. */
    private static byte[] capped(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        return bytes.length > MAX_BYTES ? null : bytes;
    }

    private synchronized Image cached(String key) {
        return cache.get(key);
    }

    private synchronized void remember(String key, Image image) {
        long size = pixelBytes(image);
        if (size > cacheBytes || cache.containsKey(key)) {
            return;
        }
        cache.put(key, image);
        cachedBytes += size;
        var oldest = cache.entrySet().iterator();
        while (cachedBytes > cacheBytes && oldest.hasNext()) {
            cachedBytes -= pixelBytes(oldest.next().getValue());
            oldest.remove();
        }
    }

    /** The memory a decoded picture takes: four bytes a pixel. */
    private static long pixelBytes(Image image) {
        return (long) image.getWidth() * (long) image.getHeight() * 4;
    }
}
