# The front door. `make run` and `make test` are the README's two Quick start commands; both
# install what is missing (Debian 12), build, and are safe to run again.
BUILD_DIR ?= build/release
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
CATALOG_ARG = $(if $(CATALOG),--catalog $(CATALOG),)

.PHONY: all deps build run test bench clean translations package format

all: build

deps:
	@bash packaging/install-deps.sh all

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

build: deps $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) -j $(JOBS)

# Starts the GUI on its embedded SQLite catalog (demo content on first start). Without a display
# (a server, a container) it starts under Xvfb so the command still works end to end.
run: build
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  $(BUILD_DIR)/app/reportdesk $(CATALOG_ARG); \
	else \
	  echo "make run: no DISPLAY or WAYLAND_DISPLAY; starting ReportDesk under Xvfb (xvfb-run)."; \
	  xvfb-run -a -s '-screen 0 1600x1000x24' $(BUILD_DIR)/app/reportdesk $(CATALOG_ARG); \
	fi

# Builds and runs the whole suite headless; tests/run-suite.sh starts what the tests need.
test: build
	bash tests/run-suite.sh $(BUILD_DIR)

bench: build
	@echo "See bench/README.md for each benchmark's command and figures."

translations: $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) --target update_translations

package: build
	cd $(BUILD_DIR) && cpack -G DEB

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR)
