package org.aftersales.example.plugin;

/** A plugin type whose class-path registration names a class that does not exist. */
public interface BrokenGreeterType extends Greeter {
}
