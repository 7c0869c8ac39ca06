fn main() {
    sift_app::start();
}
