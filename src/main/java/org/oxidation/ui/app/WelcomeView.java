package org.oxidation.ui.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What the window shows before any data: one big "Open repository…" button, one line saying what
 * happens then, and the recent repositories as links. FX thread only.
 */
final class WelcomeView {

    private final VBox root = new VBox(18);
    private final VBox recentLinks = new VBox(2);

    /**
     * @param opening true while a repository is being opened: the button and the links give way to
     *                "Opening…", so that nobody opens a second one meanwhile
     */
    WelcomeView(Runnable chooseRepository, ObservableList<Path> recent, Consumer<Path> openRecent,
                javafx.beans.value.ObservableBooleanValue opening) {
        Label heading = new Label("Oxidation");
        heading.setStyle("-fx-font-size: 32px; -fx-font-weight: bold;");
        Label explanation = new Label(
                "Open a git repository (the Linux kernel, for one) to see how its Rust grows against its C, tag by tag.");
        explanation.setStyle("-fx-font-size: 14px;");
        Button open = new Button("Open repository…");
        open.setId("welcome-open");
        open.setDefaultButton(true);
        open.setStyle("-fx-font-size: 18px; -fx-padding: 12 28 12 28;");
        open.setOnAction(event -> chooseRepository.run());
        recentLinks.setAlignment(Pos.CENTER);
        recent.addListener((ListChangeListener<Path>) change -> fillRecent(recent, openRecent));
        fillRecent(recent, openRecent);
        Label openingNote = new Label("Opening the repository… (progress and Cancel in the status bar)");
        openingNote.setId("welcome-opening");
        openingNote.setStyle("-fx-font-size: 14px;");
        openingNote.visibleProperty().bind(opening);
        openingNote.managedProperty().bind(opening);
        open.visibleProperty().bind(javafx.beans.binding.Bindings.not(opening));
        open.managedProperty().bind(open.visibleProperty());
        recentLinks.visibleProperty().bind(open.visibleProperty());
        root.getChildren().addAll(heading, explanation, open, openingNote, recentLinks);
        root.setAlignment(Pos.CENTER);
        root.setId("welcome");
        // The big button takes the focus, not the toolbar's tag field (its selected text draws the eye).
        root.sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(open::requestFocus);
            }
        });
    }

    Parent node() {
        return root;
    }

    private void fillRecent(ObservableList<Path> recent, Consumer<Path> openRecent) {
        recentLinks.getChildren().clear();
        if (!recent.isEmpty()) {
            recentLinks.getChildren().add(new Label("Recent:"));
        }
        for (Path path : recent) {
            Hyperlink link = new Hyperlink(path.toString());
            link.setOnAction(event -> openRecent.accept(path));
            recentLinks.getChildren().add(link);
        }
    }
}
