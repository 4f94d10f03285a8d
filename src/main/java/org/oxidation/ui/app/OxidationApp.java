package org.oxidation.ui.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * The desktop application: one {@link MainWindow} on the user's cache and preferences, opening the
 * repository given on the command line if any. Closing the window cancels a running count.
 * Start it with {@link #launchWith}; JavaFX creates the instance and calls it on the FX thread.
 */
public final class OxidationApp extends Application {

    /** Kept so the quieted logger is not collected (JUL holds loggers weakly). */
    private static final java.util.logging.Logger JAVAFX_LOG = org.oxidation.ui.export.HeadlessFx.quietJavaFxLog();

    /** Handed from {@link #launchWith} to the instance JavaFX creates; written once before launch. */
    private static volatile Path initialRepository;

    private MainWindow window;

    /** Written once before launch, with {@link #initialRepository}. */
    private static volatile AppConfig config;

    /**
     * Opens the window and returns when it is closed. {@code repository} may be null; when given, it is
     * read ahead while the toolkit starts ({@link ReadAhead}).
     */
    public static void launchWith(Path repository) {
        initialRepository = repository;
        config = AppConfig.defaults();
        if (repository != null) {
            ReadAhead.start(repository, config, OriginRulesSetting.remembered());
        }
        Application.launch(OxidationApp.class);
    }

    @Override
    public void start(Stage stage) {
        // An exception nobody caught becomes a dialog with one sentence, never a trace on screen.
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> Platform.runLater(() -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, Sentences.unexpected(failure));
            alert.setHeaderText(null);
            alert.setTitle("Oxidation");
            alert.show();
        }));
        window = new MainWindow(config == null ? AppConfig.defaults() : config);
        // As large as the screen allows, up to 1400 x 860: a fixed size would hang off small screens.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(window.node(), Math.min(1400, screen.getWidth() * 0.95),
                Math.min(860, screen.getHeight() * 0.92)));
        stage.titleProperty().bind(window.titleProperty());
        stage.setMinWidth(Math.min(MainWindow.MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MainWindow.MIN_HEIGHT, screen.getHeight()));
        stage.show();
        OriginRulesDialog.Choice savedOrigins = OriginRulesSetting.load();
        window.applyOrigins(savedOrigins.rulesText(), savedOrigins.profile(), savedOrigins.markers());
        if (initialRepository != null) {
            window.openRepository(initialRepository);
        } else {
            SampleData.load().ifPresent(sample -> window.showTimeline(sample, SampleData.SOURCE, java.util.List.of("--sample")));
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
    }
}
