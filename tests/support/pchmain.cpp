// The precompiled-header holders for the tests (tests/CMakeLists.txt) are
// executables, so their flags are a test's flags exactly.
int main()
{
    return 0;
}
