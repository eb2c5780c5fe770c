import { debounce } from "../../src/taskpane/state/debounce";

describe("debounce", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("runs once, with the last arguments, after calls stop for the wait", () => {
    const action = jest.fn();
    const debounced = debounce(action, 800);
    debounced("a");
    jest.advanceTimersByTime(500);
    debounced("b");
    jest.advanceTimersByTime(799);
    expect(action).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(action.mock.calls).toEqual([["b"]]);
  });

  it("runs again for a later burst", () => {
    const action = jest.fn();
    const debounced = debounce(action, 800);
    debounced();
    jest.advanceTimersByTime(800);
    debounced();
    jest.advanceTimersByTime(800);
    expect(action).toHaveBeenCalledTimes(2);
  });

  it("runs nothing once cancelled, and works again afterwards", () => {
    const action = jest.fn();
    const debounced = debounce(action, 800);
    debounced();
    debounced.cancel();
    jest.advanceTimersByTime(5000);
    expect(action).not.toHaveBeenCalled();
    debounced();
    jest.advanceTimersByTime(800);
    expect(action).toHaveBeenCalledTimes(1);
  });
});
