package org.oxidation.ui.app;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.oxidation.count.origin.OriginSettings;
import org.oxidation.model.InputException;
import org.oxidation.model.Timeline;
import org.oxidation.chart.ViewState;
import org.oxidation.ui.common.ChartView;
import org.oxidation.ui.compare.CompareView;
import org.oxidation.ui.share.ShareView;
import org.oxidation.ui.treemap.TreemapView;
import org.oxidation.ui.timeline.TimelineView;

/**
 * The main window's content: menus, the toolbar of choices, one tab per {@link ChartView}, and the
 * status bar. Every view is shown the current {@link ViewState} whenever it changes (a tag counted,
 * another grouping or metric). Other views plug in with {@link #addView} and File menu items with
 * {@link #addFileMenuItems}. FX thread only.
 *
 * <p>Somewhat over 300 lines because it wires the menus, the toolbar, the views and the status bar in one place; the dialogs and Copy as command are classes of their own.
 */
public final class MainWindow {

    /**
     * The smallest window the layout is made for (the toolbar wraps onto a second row, the views keep
     * their titles and tables readable); a laptop's 1366 × 768 screen holds it with room for a panel.
     */
    public static final double MIN_WIDTH = 960;
    public static final double MIN_HEIGHT = 640;

    private final MainWindowModel model;
    private final RepositoryComparisons comparisons;
    private final CopyAsCommand copyAsCommand;
    private final WindowDialogs dialogs = new WindowDialogs(this::window);
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Map<Tab, ChartView> views = new LinkedHashMap<>();
    private final Menu fileMenu = new Menu("_File");
    private final Menu viewMenu = new Menu("_View");
    private final Menu recentMenu = new Menu("Open _recent");
    private final ToggleGroup viewChoice = new ToggleGroup();
    private final CompareRefs compareRefs;
    /** The newest state whose doubling time the status bar asked for (FX thread writes, chart thread reads). */
    private volatile ViewState growthAsked;
    /** The state each tab's view last showed. */
    private final Map<Tab, ViewState> shownStates = new HashMap<>();
    /** Where {@link #addFileMenuItems} inserts: just above Quit. */
    private final SeparatorMenuItem beforeQuit = new SeparatorMenuItem();

    /**
     * The one thread the views' chart models, comparisons and the CSV export are worked out on, so the FX
     * thread only draws.
     */
    private final java.util.concurrent.ThreadPoolExecutor charts = new java.util.concurrent.ThreadPoolExecutor(1, 1, 0,
            java.util.concurrent.TimeUnit.MILLISECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "oxidation-charts");
                thread.setDaemon(true);
                return thread;
            });

    public MainWindow(AppConfig config) {
        model = new MainWindowModel(config);
        model.drawsOn(charts);
        compareRefs = new CompareRefs(model, () -> {
            shownStates.clear();
            showSelectedView();
        });
        copyAsCommand = new CopyAsCommand(model, this::selectedView);
        comparisons = new RepositoryComparisons(model::openComparisons);
        model.setErrorHandler(this::showError);
        model.state.addListener((observable, before, after) -> showSelectedView());
        model.state.addListener((observable, before, after) -> reportGroupingWarnings(after));
        model.state.addListener((observable, before, after) -> sayGrowth(after));
        tabs.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> showSelectedView());

        MenuBar menus = menuBar(); // before the views: they add items to its File and View menus
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("views");
        addView("Timeline", new TimelineView(charts));
        addView("Rust share", new ShareView(charts));
        addView("Treemap", new TreemapView(charts));
        addView("Compare", new CompareView(comparisons, charts));
        rememberTab();

        WelcomeView welcome = new WelcomeView(this::chooseRepository, model.recent, model::openRepository,
                model.running);
        StackPane centre = new StackPane(welcome.node());
        model.hasData.addListener((observable, before, after) -> {
            centre.getChildren().setAll(after ? tabs : welcome.node());
            if (after) {
                tabs.requestFocus(); // not the tag field, whose selected text would catch the eye first
            }
        });

        root.setTop(new VBox(menus, new ChoicesBar(model, this::chooseSampling).node()));
        addFileMenuItems(new FileActions(this, comparisons, this::window, this::showError).menuItems());
        root.setCenter(centre);
        root.setBottom(new StatusBar(model, this::showWarnings).node());
        root.setPrefSize(1280, 800);
    }

    /** Takes a sampling as the Samples dialog does: null when taken, else why not. */
    String applySampling(org.oxidation.chart.Sampling sampling) {
        return model.applySampling(sampling);
    }

    /** Samples…: release tags or every month on a branch. */
    private void chooseSampling() {
        new SamplingDialog(window(), model.sampling.get(), model::applySampling).show();
    }

    /** Works out the doubling time of Rust over the samples off the FX thread, for the status bar. */
    private void sayGrowth(ViewState state) {
        if (charts.isShutdown()) {
            return; // the window is closing
        }
        growthAsked = state;
        charts.execute(() -> {
            if (growthAsked != state) {
                return; // a newer state is queued: while a count runs, states come faster than fits
            }
            String sentence = org.oxidation.chart.RustGrowth.sentence(state);
            javafx.application.Platform.runLater(() -> {
                if (model.state.get() == state) {
                    model.growth.set(sentence);
                }
            });
        });
    }

    /** The node to put in a scene. */
    public Parent node() {
        return root;
    }

    /**
     * Shows {@code view} in a tab titled {@code title} (replacing a placeholder of that title) and keeps
     * it up to date with the {@link ViewState}. One line per view: {@code window.addView("Treemap", view)}.
     */
    public void addView(String title, ChartView view) {
        Tab tab = tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst().orElseGet(() -> {
            Tab added = new Tab(title);
            tabs.getTabs().add(added);
            addViewMenuItem(added);
            return added;
        });
        tab.setId(view.id() + "-tab");
        tab.setContent(view.node());
        view.setOnStateChange(compareRefs::ask); // every choice belongs to the state, so an export draws it too
        views.put(tab, view);
        shownStates.remove(tab);
        showSelectedView();
    }

    /**
     * Brings the view on screen up to date. The others catch up when their tab is chosen: reopening a
     * kernel clone must not wait for the Compare view's git diff of a tab nobody is looking at.
     */
    private void showSelectedView() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        ViewState state = model.state.get();
        if (tab != null && views.containsKey(tab) && shownStates.get(tab) != state) {
            shownStates.put(tab, state);
            views.get(tab).show(state);
        }
    }

    /**
     * What the grouping could not use of a tag's own rules (a MAINTAINERS {@code N:} pattern the linear
     * matcher cannot take) goes to the status bar's warnings once, as the count command warns; worked out
     * on the chart thread, where the views' grouping has parsed each MAINTAINERS already.
     */
    private void reportGroupingWarnings(ViewState state) {
        if (!state.grouping().id().equals("maintainers")) {
            return;
        }
        charts.execute(() -> {
            java.util.Set<String> warnings = new java.util.LinkedHashSet<>();
            state.timeline().snapshots().forEach(snapshot -> warnings.addAll(state.grouping().forSnapshot(snapshot).warnings()));
            Platform.runLater(() -> warnings.forEach(model::warnOnce));
        });
    }

    /**
     * Adds items to the File menu, above Quit, e.g. "Open data…", "Export as PNG…", "Export data as
     * CSV…". Use {@link #selectedView()} and {@link #viewStateProperty()} to know what to export and
     * {@link #showTimeline} to show loaded data.
     */
    public void addFileMenuItems(MenuItem... items) {
        int at = fileMenu.getItems().indexOf(beforeQuit);
        fileMenu.getItems().addAll(at, List.of(items));
    }

    /**
     * Marks code as vendored, generated or written by the user's rules ({@code GLOB=vendored|generated|written}
     * lines), in every view and export, keeping the profile and marker choices; a malformed rule is an
     * error dialog and changes nothing.
     */
    public boolean applyOriginRules(String rulesText) {
        OriginSettings now = model.origins();
        return applyOrigins(rulesText, !now.profile().equals(OriginSettings.NONE), now.markers());
    }

    /**
     * Decides origins with the user's rules, the built-in profile on kernel trees ({@code profile}) and
     * generated-file markers ({@code markers}); a malformed rule is an error dialog and changes nothing.
     */
    public boolean applyOrigins(String rulesText, boolean profile, boolean markers) {
        try {
            model.setOrigins(OriginRulesSetting.settingsOf(new OriginRulesDialog.Choice(rulesText, profile, markers)));
            return true;
        } catch (InputException e) {
            showError(e.getMessage());
            return false;
        }
    }

    /** Opens a repository and counts its tags in the background. */
    public void openRepository(Path repository) {
        model.openRepository(repository);
    }

    /**
     * Shows a timeline loaded from elsewhere (a CSV, the bundled sample); Refresh is off for it.
     *
     * @param input the export command's options that read the same data ({@code --from-csv FILE},
     *              {@code --sample}), for View → Copy as command
     */
    public void showTimeline(Timeline timeline, String source, List<String> input) {
        model.showTimeline(timeline, source, input);
    }

    /** The thread the views work out what they draw on; for other work that must stay off the FX thread. */
    Executor chartExecutor() {
        return charts;
    }

    /** View → Copy as command and the line every exported PNG carries. */
    CopyAsCommand copyAsCommand() {
        return copyAsCommand;
    }

    /** The state every view draws; changes on the FX thread. */
    public ReadOnlyObjectProperty<ViewState> viewStateProperty() {
        return model.state;
    }

    /** Selects the tab chosen in the last run, and keeps the choice as it changes. */
    private void rememberTab() {
        RememberedChoices kept = model.config().choices();
        String title = kept.get(RememberedChoices.TAB);
        tabs.getTabs().stream().filter(tab -> tab.getText().equals(title)).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab));
        tabs.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null) {
                kept.put(RememberedChoices.TAB, after.getText());
            }
        });
    }

    /** The view in the selected tab, or null while a placeholder is selected. */
    public ChartView selectedView() {
        return views.get(tabs.getSelectionModel().getSelectedItem());
    }

    /** Selects the tab of the view with this {@link ChartView#id()}. */
    public void selectView(String viewId) {
        views.forEach((tab, view) -> {
            if (view.id().equals(viewId)) {
                tabs.getSelectionModel().select(tab);
            }
        });
    }

    /** "Oxidation — linux", for the stage title. */
    public ObservableStringValue titleProperty() {
        return Bindings.createStringBinding(() -> model.state.get().source().isEmpty() ? "Oxidation"
                : "Oxidation — " + model.state.get().source(), model.state);
    }

    /** Cancels a running count and closes the repository; call when the window closes. */
    public void shutdown() {
        model.shutdown();
        charts.shutdownNow();
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("_Open repository…");
        open.setId("menu-open");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(event -> chooseRepository());
        model.recent.addListener((ListChangeListener<Path>) change -> fillRecentMenu());
        fillRecentMenu();
        MenuItem refresh = new MenuItem("_Refresh");
        refresh.setId("menu-refresh");
        refresh.setAccelerator(KeyCombination.keyCombination("F5"));
        refresh.setOnAction(event -> model.refreshAndReport());
        refresh.disableProperty().bind(model.repository.isNull().or(model.running));
        MenuItem quit = new MenuItem("_Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(event -> Platform.exit());
        MenuItem samples = new MenuItem("_Samples…");
        samples.setId("menu-samples");
        samples.setAccelerator(KeyCombination.keyCombination("Shortcut+M"));
        samples.setOnAction(event -> chooseSampling());
        samples.disableProperty().bind(model.repository.isNull());
        fileMenu.getItems().addAll(open, recentMenu, refresh, samples, missingBlobsViaGit(), beforeQuit, quit);
        MenuItem originRules = new MenuItem("_Origin rules…");
        originRules.setId("menu-origin-rules");
        originRules.setAccelerator(KeyCombination.keyCombination("Shortcut+R"));
        originRules.setOnAction(event -> new OriginRulesDialog(window(), OriginRulesSetting.load(),
                text -> OriginRulesDialog.problemOf(text, OriginRulesSetting::parseRules)).ask()
                .ifPresent(choice -> {
                    if (applyOrigins(choice.rulesText(), choice.profile(), choice.markers())) {
                        OriginRulesSetting.save(choice); // kept for the next start, in the user's preferences
                    }
                }));
        Menu editMenu = new Menu("_Edit", null, originRules);
        viewMenu.getItems().addAll(copyAsCommand.menuItem(), new SeparatorMenuItem());
        return new MenuBar(fileMenu, editMenu, viewMenu);
    }

    /**
     * File → Fetch missing blobs with git: for a partial clone (git clone --filter), as the count command's
     * --missing-blobs-via-git; off until chosen (git may use the network and writes into the repository),
     * then kept for the next start.
     */
    private javafx.scene.control.CheckMenuItem missingBlobsViaGit() {
        javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(MainWindowModel.FETCH_MISSING_BLOBS);
        item.setId("menu-missing-blobs-via-git");
        RememberedChoices kept = model.config().choices();
        item.setSelected(Boolean.parseBoolean(kept.get(RememberedChoices.MISSING_BLOBS_VIA_GIT)));
        model.missingBlobsViaGit.bind(item.selectedProperty());
        item.selectedProperty().addListener((observable, before, on) -> {
            kept.put(RememberedChoices.MISSING_BLOBS_VIA_GIT, String.valueOf(on));
            if (on) {
                model.refresh(); // counts what a partial clone's missing blobs kept from being counted
            }
        });
        return item;
    }

    private void fillRecentMenu() {
        recentMenu.getItems().setAll(model.recent.stream().map(path -> {
            MenuItem item = new MenuItem(path.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> model.openRepository(path));
            return item;
        }).toList());
        recentMenu.setDisable(model.recent.isEmpty());
    }

    private void addViewMenuItem(Tab tab) {
        RadioMenuItem item = new RadioMenuItem();
        item.textProperty().bind(tab.textProperty());
        item.setToggleGroup(viewChoice);
        int number = tabs.getTabs().indexOf(tab) + 1;
        if (number <= 9) {
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + number));
        }
        item.setOnAction(event -> tabs.getSelectionModel().select(tab));
        tab.selectedProperty().addListener((observable, before, selected) -> item.setSelected(selected));
        item.setSelected(tab.isSelected());
        viewMenu.getItems().add(item);
    }

    private void chooseRepository() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a git repository");
        if (model.repository.get() != null && model.repository.get().getParent() != null) {
            chooser.setInitialDirectory(model.repository.get().getParent().toFile());
        }
        File chosen = chooser.showDialog(window());
        if (chosen != null) {
            model.openRepository(chosen.toPath());
        }
    }

    void showError(String sentence) {
        dialogs.showError(sentence);
    }

    void showWarnings() {
        dialogs.showWarnings(List.copyOf(model.countWarnings));
    }

    Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
